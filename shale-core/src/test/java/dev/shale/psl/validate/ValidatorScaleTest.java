package dev.shale.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.datamodel.Datamodel;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation at scale: 20,000 models (ten scalar fields, a relation both ways, a unique and an index
 * each) lower completely, and 20,000 errors are all reported. Timings are in
 * bench/validate-inprocess.sh, not here; a quadratic step would make this test take minutes.
 */
class ValidatorScaleTest {
    static String schema(int models) {
        StringBuilder out = new StringBuilder(models * 700).append("datasource db {\n  provider = \"postgresql\"\n}\n");
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

    @Test
    void twentyThousandModels() {
        String text = schema(20_000);
        ValidationResult result = Psl.validate(List.of(new SourceFile("schema.prisma", text)));
        assertThat(result.diagnostics()).isEmpty();
        Datamodel dm = result.datamodel().orElseThrow();
        assertThat(dm.models()).hasSize(20_000);
        assertThat(dm.relations()).hasSize(20_000);
        assertThat(dm.model("Item7").indexes()).hasSize(2);
    }

    @Test
    void twentyThousandErrors() {
        StringBuilder text = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n}\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("model M").append(i).append(" {\n  id Int @id\n  a  Nope\n  b  M").append(i).append("\n}\n");
        }
        ValidationResult result = Psl.validate(List.of(new SourceFile("schema.prisma", text.toString())));
        assertThat(result.diagnostics()).hasSize(20_000).allSatisfy(d -> assertThat(d.message())
                .startsWith("Type \"Nope\" is neither a built-in type"));
        assertThat(result.datamodel()).isEmpty();
    }
}
