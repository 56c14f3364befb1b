import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes a large Prisma schema for benchmarks to standard output.
 *
 * <pre>java bench/GenSchema.java MODELS [PROVIDER] [CHANGED_PERCENT]</pre>
 *
 * Every model {@code Item<i>} has ten scalar fields, an optional relation to the previous model
 * (with its back-relation list on that model), a unique field and an index on the foreign key.
 * With CHANGED_PERCENT &gt; 0 every k-th model (k = 100 / percent) is changed the way a real evolution
 * would: one added optional column, one added index, one default changed, one column dropped.
 */
public final class GenSchema {
    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    public static void main(String[] args) throws IOException {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        String provider = args.length > 1 ? args[1] : "postgresql";
        int changedPercent = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int every = changedPercent > 0 ? Math.max(1, 100 / changedPercent) : Integer.MAX_VALUE;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("datasource db {\n  provider = \"" + provider + "\"\n}\n\n");
            out.write("generator client {\n  provider = \"prisma-client\"\n  output   = \"./generated\"\n}\n");
            for (int i = 0; i < models; i++) {
                boolean changed = i % every == every - 1;
                int prev = (i + models - 1) % models;
                int next = (i + 1) % models;
                java.util.List<String[]> fields = new java.util.ArrayList<>();
                fields.add(new String[] {"id", "Int", "@id @default(autoincrement())"});
                fields.add(new String[] {"title", "String", ""});
                fields.add(new String[] {"slug", "String", "@unique"});
                fields.add(new String[] {"quantity", "Int", "@default(" + (changed ? 1 : 0) + ")"});
                fields.add(new String[] {"price", "Decimal?", provider.equals("sqlite") ? "" : "@db.Decimal(10, 2)"});
                fields.add(new String[] {"rating", "Float?", ""});
                fields.add(new String[] {"published", "Boolean", "@default(false)"});
                if (!changed) {
                    fields.add(new String[] {"summary", "String?", ""});
                }
                fields.add(new String[] {"createdAt", "DateTime", "@default(now())"});
                fields.add(new String[] {"updatedAt", "DateTime", "@updatedAt"});
                if (changed) {
                    fields.add(new String[] {"archivedAt", "DateTime?", ""});
                }
                fields.add(new String[] {"parentId", "Int?", ""});
                fields.add(new String[] {"parent", "Item" + prev + "?",
                        "@relation(\"Item" + i + "Parent\", fields: [parentId], references: [id])"});
                fields.add(new String[] {"children", "Item" + next + "[]", "@relation(\"Item" + next + "Parent\")"});
                int nameWidth = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0);
                int typeWidth = fields.stream().mapToInt(f -> f[1].length()).max().orElse(0);
                StringBuilder model = new StringBuilder("\nmodel Item").append(i).append(" {\n");
                for (String[] f : fields) {
                    StringBuilder line = new StringBuilder("  ").append(pad(f[0], nameWidth)).append(' ');
                    line.append(f[2].isEmpty() ? f[1] : pad(f[1], typeWidth) + " " + f[2]);
                    model.append(line).append('\n');
                }
                model.append("\n  @@index([parentId])\n");
                if (changed) {
                    model.append("  @@index([createdAt])\n");
                }
                out.write(model.toString());
                out.write("}\n");
            }
        }
    }
}
