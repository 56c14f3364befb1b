package dev.shale.roundtrip;

import dev.shale.db.DatabaseKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Test helper: random valid Prisma schemas for one provider, as a small editable structure
 * (models, fields, relations, enums) rendered to schema text, and derived schemas with a few
 * changes (fields added, dropped, made optional or required, defaults and indexes changed,
 * relations added or dropped, enum values added).
 */
final class PslGen {
    static final String[] MODELS = {"User", "Post", "Tag", "Order", "Zone"};
    static final String[] FIELDS = {"name", "title", "count", "price", "active", "createdAt", "note", "data", "rank", "kind"};

    /** A scalar field: name, type, modifier ("", "?", "[]"), attributes written after it. */
    record Field(String name, String type, String modifier, String attributes) {
        String render() {
            return "  " + name + " " + type + modifier + (attributes.isEmpty() ? "" : " " + attributes);
        }
    }

    /** A model: its id, scalar fields, foreign keys to other models (by model name), indexes. */
    static final class Model {
        final String name;
        Field id;
        final List<Field> fields = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
        final List<String> manyToMany = new ArrayList<>();

        Model(String name) {
            this.name = name;
        }

        Model copy() {
            Model m = new Model(name);
            m.id = id;
            m.fields.addAll(fields);
            m.references.addAll(references);
            m.indexes.addAll(indexes);
            m.manyToMany.addAll(manyToMany);
            return m;
        }
    }

    final DatabaseKind kind;
    final Random random;
    List<Model> models = new ArrayList<>();
    List<String> enumValues = new ArrayList<>();

    PslGen(DatabaseKind kind, long seed) {
        this.kind = kind;
        this.random = new Random(seed);
    }

    void generate() {
        if (random.nextBoolean()) {
            enumValues = new ArrayList<>(List.of("LOW", "HIGH"));
        }
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            models.add(model(MODELS[i]));
        }
    }

    private Model model(String name) {
        Model m = new Model(name);
        m.id = switch (random.nextInt(3)) {
            case 0 -> new Field("id", "Int", "", "@id @default(autoincrement())");
            case 1 -> new Field("id", "String", "", "@id @default(cuid())");
            default -> new Field("id", "Int", "", "@id");
        };
        Set<String> names = new LinkedHashSet<>();
        int n = random.nextInt(4);
        while (names.size() < n) {
            names.add(FIELDS[random.nextInt(FIELDS.length)]);
        }
        for (String f : names) {
            m.fields.add(field(f));
        }
        int at = models.size();
        if (at > 0 && random.nextBoolean()) {
            m.references.add(models.get(random.nextInt(at)).name);
        }
        if (at > 0 && random.nextInt(4) == 0) {
            String other = models.get(random.nextInt(at)).name;
            if (!other.equals(name)) {
                m.manyToMany.add(other);
            }
        }
        return m;
    }

    Field field(String name) {
        String[] types = {"String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", "Level"};
        String type = types[random.nextInt(types.length)];
        if (type.equals("Level") && enumValues.isEmpty()) {
            type = "String";
        }
        String modifier = random.nextBoolean() ? "?" : "";
        if (kind == DatabaseKind.POSTGRESQL && random.nextInt(5) == 0 && !type.equals("Json")) {
            modifier = "[]";
        }
        List<String> attrs = new ArrayList<>();
        if (!modifier.equals("[]") && random.nextBoolean()) {
            String d = defaultFor(type);
            if (d != null) {
                attrs.add("@default(" + d + ")");
            }
        }
        if (type.equals("String") && kind != DatabaseKind.SQLITE && random.nextInt(3) == 0 && !modifier.equals("[]")) {
            attrs.add("@db.VarChar(" + (50 + 10 * random.nextInt(5)) + ")");
        }
        if (modifier.isEmpty() && uniqueable(type, attrs) && random.nextInt(4) == 0) {
            attrs.add("@unique");
        }
        return new Field(name, type, modifier, String.join(" ", attrs));
    }

    private boolean uniqueable(String type, List<String> attrs) {
        if (type.equals("Json") || type.equals("Bytes")) {
            return false;
        }
        return !(kind == DatabaseKind.MYSQL && type.equals("String") && attrs.stream().noneMatch(a -> a.startsWith("@db")))
                || true;
    }

    private String defaultFor(String type) {
        return switch (type) {
            case "String" -> random.nextBoolean() ? "\"it's\"" : "\"x\"";
            case "Int", "BigInt" -> String.valueOf(random.nextInt(100) - 50);
            case "Float" -> random.nextInt(50) + ".5";
            case "Decimal" -> random.nextInt(50) + ".25";
            case "Boolean" -> String.valueOf(random.nextBoolean());
            case "DateTime" -> "now()";
            case "Json" -> kind == DatabaseKind.MYSQL ? null : "\"{\\\"a\\\": 1}\"";
            case "Level" -> enumValues.get(random.nextInt(enumValues.size()));
            default -> null;
        };
    }

    /** A derived schema: a few random changes of this one. */
    PslGen mutate(long seed) {
        PslGen b = new PslGen(kind, seed);
        b.enumValues = new ArrayList<>(enumValues);
        for (Model m : models) {
            b.models.add(m.copy());
        }
        int n = 1 + b.random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.change();
        }
        return b;
    }

    private void change() {
        Model m = models.get(random.nextInt(models.size()));
        switch (random.nextInt(8)) {
            case 0 -> {
                for (String f : FIELDS) {
                    if (m.fields.stream().noneMatch(x -> x.name.equals(f))) {
                        Field added = field(f);
                        // A required column without default cannot be added to a table with rows; tables are empty here.
                        m.fields.add(added);
                        return;
                    }
                }
            }
            case 1 -> {
                if (!m.fields.isEmpty()) {
                    Field f = m.fields.remove(random.nextInt(m.fields.size()));
                    m.indexes.remove(f.name);
                }
            }
            case 2 -> {
                if (!m.fields.isEmpty()) {
                    int i = random.nextInt(m.fields.size());
                    Field f = m.fields.get(i);
                    if (!f.modifier.equals("[]")) {
                        m.fields.set(i, new Field(f.name, f.type, f.modifier.isEmpty() ? "?" : "", f.attributes));
                    }
                }
            }
            case 3 -> {
                if (!m.fields.isEmpty()) {
                    int i = random.nextInt(m.fields.size());
                    Field f = m.fields.get(i);
                    String attrs = f.attributes.replaceAll("@default\\((?:[^()]|\\([^()]*\\))*\\)", "").trim().replaceAll("\\s+", " ");
                    String d = f.modifier.equals("[]") ? null : defaultFor(f.type);
                    m.fields.set(i, new Field(f.name, f.type, f.modifier, d == null ? attrs : ("@default(" + d + ") " + attrs).trim()));
                }
            }
            case 4 -> {
                for (Field f : m.fields) {
                    if (!m.indexes.contains(f.name) && !f.modifier.equals("[]") && !f.type.equals("Json")
                            && !f.type.equals("Bytes") && !f.attributes.contains("@unique")) {
                        m.indexes.add(f.name);
                        return;
                    }
                }
            }
            case 5 -> {
                if (!m.references.isEmpty()) {
                    m.references.clear();
                } else {
                    int at = models.indexOf(m);
                    if (at > 0) {
                        m.references.add(models.get(random.nextInt(at)).name);
                    }
                }
            }
            case 6 -> {
                if (!enumValues.isEmpty() && !enumValues.contains("MID")) {
                    enumValues.add("MID");
                }
            }
            default -> {
                if (models.size() < MODELS.length && random.nextBoolean()) {
                    models.add(model(MODELS[models.size()]));
                } else if (models.size() > 1) {
                    Model last = models.get(models.size() - 1);
                    boolean referenced = models.stream().anyMatch(o -> o != last
                            && (o.references.contains(last.name) || o.manyToMany.contains(last.name)));
                    if (!referenced) {
                        models.remove(last);
                    }
                }
            }
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder("datasource db {\n  provider = \"")
                .append(kind == DatabaseKind.POSTGRESQL ? "postgresql" : kind == DatabaseKind.MYSQL ? "mysql" : "sqlite")
                .append("\"\n}\n\n");
        boolean usesEnum = models.stream().anyMatch(m -> m.fields.stream().anyMatch(f -> f.type.equals("Level")));
        if (!enumValues.isEmpty() || usesEnum) {
            sb.append("enum Level {\n");
            enumValues.forEach(v -> sb.append("  ").append(v).append('\n'));
            sb.append("}\n\n");
        }
        for (Model m : models) {
            sb.append("model ").append(m.name).append(" {\n").append(m.id.render()).append('\n');
            m.fields.forEach(f -> sb.append(f.render()).append('\n'));
            for (String target : m.references) {
                Model t = models.stream().filter(x -> x.name.equals(target)).findFirst().orElseThrow();
                String fk = target.toLowerCase() + "Id";
                sb.append("  ").append(fk).append(' ').append(t.id.type).append("?\n");
                sb.append("  ").append(target.toLowerCase()).append(' ').append(target).append("? @relation(\"")
                        .append(m.name).append(target).append("\", fields: [").append(fk).append("], references: [id])\n");
            }
            for (Model o : models) {
                if (o.references.contains(m.name)) {
                    sb.append("  ").append(o.name.toLowerCase()).append("Back ").append(o.name).append("[] @relation(\"")
                            .append(o.name).append(m.name).append("\")\n");
                }
            }
            for (String other : m.manyToMany) {
                sb.append("  ").append(other.toLowerCase()).append("Many ").append(other).append("[] @relation(\"M")
                        .append(m.name).append(other).append("\")\n");
            }
            for (Model o : models) {
                if (o.manyToMany.contains(m.name)) {
                    sb.append("  ").append(o.name.toLowerCase()).append("ManyBack ").append(o.name)
                            .append("[] @relation(\"M").append(o.name).append(m.name).append("\")\n");
                }
            }
            for (String index : m.indexes) {
                if (m.fields.stream().anyMatch(f -> f.name.equals(index))) {
                    sb.append("\n  @@index([").append(index).append("])\n");
                }
            }
            sb.append("}\n\n");
        }
        return sb.toString();
    }
}
