package dev.shale.pull;

import dev.shale.db.DatabaseKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random valid Prisma schemas for the round-trip property: models with scalar fields of every type
 * (native types on PostgreSQL and MySQL), defaults, unique and plain indexes, enums, maps, and
 * relations (one-to-many, one-to-one, self, implicit many-to-many) with referential actions.
 */
public final class SchemaGenerator {
    private static final String[] MODELS = {"User", "Post", "Tag", "Order", "Item"};
    private static final String[] FIELDS = {"title", "count", "price", "flag", "createdAt", "data", "note", "amount", "code",
        "rank", "size", "blob"};

    private final Random r;
    private final DatabaseKind kind;
    private final List<String> enums = new ArrayList<>();

    public SchemaGenerator(long seed, DatabaseKind kind) {
        this.r = new Random(seed);
        this.kind = kind;
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    public String generate() {
        StringBuilder sb = new StringBuilder("datasource db {\n  provider = \"" + kind.prismaProvider() + "\"\n}\n\n");
        if (chance(50)) {
            enums.add("Status");
            sb.append("enum Status {\n  ACTIVE\n  INACTIVE @map(\"inactive\")\n}\n\n");
        }
        if (chance(30)) {
            enums.add("Kind");
            sb.append("enum Kind {\n  A\n  B\n  C\n}\n\n");
        }
        int count = 1 + r.nextInt(4);
        List<String> names = new ArrayList<>(List.of(MODELS));
        java.util.Collections.shuffle(names, r);
        names = names.subList(0, count);
        List<Model> models = new ArrayList<>();
        for (String n : names) {
            models.add(model(n));
        }
        relations(models);
        for (Model m : models) {
            sb.append("model ").append(m.name).append(" {\n");
            m.lines.forEach(l -> sb.append("  ").append(l).append('\n'));
            m.blockLines.forEach(l -> sb.append("  ").append(l).append('\n'));
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    private final class Model {
        final String name;
        final String idType;
        final String idNative;
        final List<String> lines = new ArrayList<>();
        final List<String> blockLines = new ArrayList<>();
        final Set<String> fields = new LinkedHashSet<>();

        Model(String name, String idType, String idNative) {
            this.name = name;
            this.idType = idType;
            this.idNative = idNative;
        }
    }

    private Model model(String name) {
        int idKind = r.nextInt(3);
        String idType = idKind == 1 ? "String" : "Int";
        String idNative = idKind == 1 && kind != DatabaseKind.SQLITE && chance(50) ? "@db.VarChar(36)" : "";
        Model m = new Model(name, idType, idNative);
        String idLine = "id " + idType + " @id" + (idKind == 0 ? " @default(autoincrement())" : "") + (idNative.isEmpty() ? "" : " " + idNative);
        m.lines.add(idLine);
        m.fields.add("id");
        List<String> pool = new ArrayList<>(List.of(FIELDS));
        java.util.Collections.shuffle(pool, r);
        int n = r.nextInt(5);
        List<String> indexable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String f = pool.get(i);
            String line = scalar(f);
            if (line == null) {
                continue;
            }
            if (chance(15)) {
                line += " @map(\"" + f + "_col\")";
            }
            m.lines.add(line);
            m.fields.add(f);
            if (!line.contains("[]") && !line.contains(" Json") && !line.contains(" Bytes")) {
                indexable.add(f);
            }
        }
        if (!indexable.isEmpty() && chance(40)) {
            String f = pick(indexable);
            int at = indexOfField(m, f);
            m.lines.set(at, m.lines.get(at) + " @unique");
        }
        if (!indexable.isEmpty() && chance(40)) {
            List<String> cols = new ArrayList<>(indexable.subList(0, Math.min(indexable.size(), 1 + r.nextInt(2))));
            m.blockLines.add("@@index([" + String.join(", ", cols) + "])");
        }
        if (indexable.size() >= 2 && chance(25)) {
            m.blockLines.add("@@unique([" + indexable.get(0) + ", " + indexable.get(1) + "])");
        }
        if (chance(20)) {
            m.blockLines.add("@@map(\"" + name.toLowerCase() + "_table\")");
        }
        return m;
    }

    private static int indexOfField(Model m, String field) {
        for (int i = 0; i < m.lines.size(); i++) {
            if (m.lines.get(i).startsWith(field + " ")) {
                return i;
            }
        }
        throw new IllegalStateException(field);
    }

    /** A scalar field line, or null when the draw does not fit the database. */
    private String scalar(String name) {
        List<String> types = new ArrayList<>(List.of("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json",
                "Bytes"));
        types.addAll(enums);
        String type = pick(types);
        boolean list = kind == DatabaseKind.POSTGRESQL && chance(10) && !type.equals("Json") && !type.equals("Bytes");
        boolean optional = !list && chance(50);
        String arity = list ? "[]" : optional ? "?" : "";
        StringBuilder sb = new StringBuilder(name).append(' ').append(type).append(arity);
        String nativeType = nativeType(type);
        if (!list && chance(50)) {
            String d = defaultValue(type);
            if (d != null) {
                sb.append(" @default(").append(d).append(')');
            }
        }
        if (!nativeType.isEmpty()) {
            sb.append(' ').append(nativeType);
        }
        return sb.toString();
    }

    private String nativeType(String type) {
        if (kind == DatabaseKind.SQLITE || chance(50)) {
            return "";
        }
        boolean pg = kind == DatabaseKind.POSTGRESQL;
        return switch (type) {
            case "String" -> pick(pg ? List.of("@db.VarChar(100)", "@db.Char(8)", "@db.Text") : List.of("@db.VarChar(100)", "@db.Char(8)"));
            case "Int" -> pick(List.of("@db.SmallInt"));
            case "DateTime" -> pick(pg ? List.of("@db.Timestamp(6)", "@db.Date", "@db.Timestamptz(3)") : List.of("@db.DateTime(0)", "@db.Date"));
            case "Decimal" -> "@db.Decimal(10, 2)";
            case "Float" -> pg ? "@db.Real" : "@db.Float";
            default -> "";
        };
    }

    private String defaultValue(String type) {
        return switch (type) {
            case "String" -> pick(List.of("\"abc\"", "\"it's\"", "\"\""));
            case "Int" -> pick(List.of("0", "42", "-7"));
            case "BigInt" -> "5";
            case "Float" -> "1.5";
            case "Decimal" -> "2.25";
            case "Boolean" -> pick(List.of("true", "false"));
            case "DateTime" -> "now()";
            case "Json" -> kind == DatabaseKind.POSTGRESQL ? "\"{}\"" : null;
            case "Status" -> pick(List.of("ACTIVE", "INACTIVE"));
            case "Kind" -> "B";
            default -> null;
        };
    }

    private void relations(List<Model> models) {
        for (int i = 0; i < models.size(); i++) {
            Model from = models.get(i);
            if (chance(25)) {
                selfRelation(from);
            }
            for (int j = i + 1; j < models.size(); j++) {
                Model to = models.get(j);
                int k = r.nextInt(4);
                boolean swap = chance(50);
                Model a = swap ? to : from;
                Model b = swap ? from : to;
                if (k == 0) {
                    inline(a, b, false);
                } else if (k == 1) {
                    inline(a, b, true);
                } else if (k == 2) {
                    a.lines.add(plural(b) + " " + b.name + "[]");
                    b.lines.add(plural(a) + " " + a.name + "[]");
                }
            }
        }
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String plural(Model m) {
        return lower(m.name) + "s";
    }

    /** A foreign key from {@code a} to {@code b}: one-to-many, or one-to-one when {@code unique}. */
    private void inline(Model a, Model b, boolean unique) {
        String fk = lower(b.name) + "Id";
        boolean optional = chance(50);
        List<String> actions = new ArrayList<>(List.of("", "Cascade", "Restrict", "NoAction"));
        if (optional) {
            actions.add("SetNull");
        }
        String onDelete = pick(actions);
        String onUpdate = pick(List.of("", "Cascade", "NoAction"));
        a.lines.add(fk + " " + b.idType + (optional ? "?" : "") + (unique ? " @unique" : "") + (b.idNative.isEmpty() ? "" : " " + b.idNative));
        a.lines.add(lower(b.name) + " " + b.name + (optional ? "?" : "") + " @relation(fields: [" + fk + "], references: [id]"
                + (onDelete.isEmpty() ? "" : ", onDelete: " + onDelete) + (onUpdate.isEmpty() ? "" : ", onUpdate: " + onUpdate) + ")");
        b.lines.add(unique ? lower(a.name) + " " + a.name + "?" : plural(a) + " " + a.name + "[]");
        if (!unique && chance(50)) {
            a.blockLines.add("@@index([" + fk + "])");
        }
    }

    private void selfRelation(Model m) {
        m.lines.add("parentId " + m.idType + "?" + (m.idNative.isEmpty() ? "" : " " + m.idNative));
        m.lines.add("parent " + m.name + "? @relation(\"" + m.name + "Tree\", fields: [parentId], references: [id])");
        m.lines.add("children " + m.name + "[] @relation(\"" + m.name + "Tree\")");
    }
}
