package dev.shale.bench;

/**
 * Large schemas for the in-process benchmarks: the same shape as {@code bench/GenSchema.java}
 * (ten scalar fields, a relation to the previous model with its back-relation, a unique field and an
 * index on the foreign key per model), built in memory.
 */
final class SchemaGenerator {
    private SchemaGenerator() {}

    static String generate(int models) {
        StringBuilder out = new StringBuilder(models * 700);
        out.append("datasource db {\n  provider = \"postgresql\"\n}\n\n");
        out.append("generator client {\n  provider = \"prisma-client\"\n  output   = \"./generated\"\n}\n");
        for (int i = 0; i < models; i++) {
            int prev = (i + models - 1) % models;
            int next = (i + 1) % models;
            out.append("\nmodel Item").append(i).append(" {\n")
                    .append("  id        Int      @id @default(autoincrement())\n")
                    .append("  title     String\n")
                    .append("  slug      String   @unique\n")
                    .append("  quantity  Int      @default(0)\n")
                    .append("  price     Decimal? @db.Decimal(10, 2)\n")
                    .append("  rating    Float?\n")
                    .append("  published Boolean  @default(false)\n")
                    .append("  summary   String?\n")
                    .append("  createdAt DateTime @default(now())\n")
                    .append("  updatedAt DateTime @updatedAt\n")
                    .append("  parentId  Int?\n")
                    .append("  parent    Item").append(prev).append("? @relation(\"Item").append(i)
                    .append("Parent\", fields: [parentId], references: [id])\n")
                    .append("  children  Item").append(next).append("[] @relation(\"Item").append(next).append("Parent\")\n")
                    .append("\n  @@index([parentId])\n}\n");
        }
        return out.toString();
    }
}
