package dev.shale.roundtrip;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Test helper: random valid schemas for one database, from a seed (jqwik supplies and reports it).
 * Tables get an id key, typed columns with defaults the database keeps, indexes, foreign keys to
 * earlier tables, and enums.
 */
final class SchemaGen {
    static final String[] TABLES = {"User", "post", "Tag", "order_item", "Zebra", "a"};
    static final String[] COLUMNS = {"name", "title", "count", "price", "active", "createdAt", "note", "kind", "data",
        "rank", "Email", "z_last"};
    static final String[] ENUMS = {"Mood", "status", "Level"};
    static final String[] VALUES = {"A", "B", "it's", "ZED", "lower"};

    final DatabaseKind kind;
    final Random random;

    SchemaGen(DatabaseKind kind, long seed) {
        this.kind = kind;
        this.random = new Random(seed);
    }

    SqlSchema schema() {
        List<EnumType> enums = new ArrayList<>();
        if (kind == DatabaseKind.POSTGRESQL) {
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                enums.add(new EnumType(null, ENUMS[i], values()));
            }
        }
        List<Table> tables = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            tables.add(table(TABLES[i], tables, enums));
        }
        List<EnumType> allEnums = new ArrayList<>(enums);
        if (kind == DatabaseKind.MYSQL) {
            allEnums = mysqlEnums(tables);
        }
        return SqlSchema.of(kind == DatabaseKind.POSTGRESQL ? List.of("public") : List.of(), tables, allEnums);
    }

    /** MySQL keeps one enum per enum column. */
    static List<EnumType> mysqlEnums(List<Table> tables) {
        List<EnumType> out = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (c.type().enumRef() != null) {
                    out.add(new EnumType(null, c.type().enumRef().name(), c.type().enumRef().values()));
                }
            }
        }
        return out;
    }

    List<String> values() {
        Set<String> v = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        while (v.size() < n) {
            v.add(VALUES[random.nextInt(VALUES.length)]);
        }
        return List.copyOf(v);
    }

    Table table(String name, List<Table> earlier, List<EnumType> enums) {
        List<Column> columns = new ArrayList<>();
        columns.add(idColumn(name));
        Set<String> names = new LinkedHashSet<>();
        int n = random.nextInt(5);
        while (names.size() < n) {
            names.add(COLUMNS[random.nextInt(COLUMNS.length)]);
        }
        for (String c : names) {
            columns.add(column(name, c, enums));
        }
        List<ForeignKey> fks = new ArrayList<>();
        if (!earlier.isEmpty() && random.nextBoolean()) {
            Table target = earlier.get(random.nextInt(earlier.size()));
            Column targetId = target.columns().get(0);
            String col = target.name() + "Id";
            boolean nullable = random.nextBoolean();
            columns.add(new Column(col, targetId.type(), nullable ? Arity.NULLABLE : Arity.REQUIRED, null, false));
            ForeignKeyAction onDelete = nullable && random.nextBoolean() ? ForeignKeyAction.SET_NULL
                    : random.nextBoolean() ? ForeignKeyAction.RESTRICT : ForeignKeyAction.CASCADE;
            fks.add(new ForeignKey(name + "_" + col + "_fkey", List.of(col), null, target.name(), List.of("id"), onDelete,
                    ForeignKeyAction.CASCADE));
        }
        List<Index> indexes = new ArrayList<>();
        for (Column c : columns.subList(1, columns.size())) {
            if (indexable(c) && random.nextInt(3) == 0) {
                boolean unique = random.nextBoolean();
                indexes.add(new Index(name + "_" + c.name() + (unique ? "_key" : "_idx"), unique ? IndexKind.UNIQUE
                        : IndexKind.NORMAL, IndexColumn.all(c.name()), null, null));
            }
        }
        return new Table(null, name, columns, new PrimaryKey(kind == DatabaseKind.POSTGRESQL ? name + "_pkey" : null,
                IndexColumn.all("id")), indexes, fks);
    }

    boolean indexable(Column c) {
        TypeFamily f = c.type().family();
        if (c.arity() == Arity.LIST || f == TypeFamily.JSON || f == TypeFamily.BINARY) {
            return false;
        }
        return !(kind == DatabaseKind.MYSQL && c.type().nativeType() != null && c.type().nativeType().name().equals("Text"));
    }

    Column idColumn(String table) {
        return switch (kind) {
            case POSTGRESQL -> random.nextBoolean()
                    ? new Column("id", ColumnType.of(TypeFamily.INT, "Integer"), Arity.REQUIRED,
                            ColumnDefault.sequence(table + "_id_seq"), true)
                    : Column.required("id", ColumnType.of(TypeFamily.STRING, "Text"));
            case SQLITE -> random.nextBoolean() ? new Column("id", ColumnType.family(TypeFamily.INT), Arity.REQUIRED, null, true)
                    : Column.required("id", ColumnType.family(TypeFamily.STRING));
            case MYSQL -> random.nextBoolean()
                    ? new Column("id", ColumnType.of(TypeFamily.INT, "Int"), Arity.REQUIRED, null, true)
                    : Column.required("id", ColumnType.of(TypeFamily.STRING, "VarChar", 191));
        };
    }

    Column column(String table, String name, List<EnumType> enums) {
        ColumnType type = type(table, name, enums);
        Arity arity = random.nextBoolean() ? Arity.REQUIRED : Arity.NULLABLE;
        if (kind == DatabaseKind.POSTGRESQL && type.family() != TypeFamily.JSON && random.nextInt(6) == 0) {
            arity = Arity.LIST;
        }
        ColumnDefault d = random.nextBoolean() ? defaultFor(type, arity) : null;
        return new Column(name, type, arity, d, false);
    }

    ColumnType type(String table, String column, List<EnumType> enums) {
        int pick = random.nextInt(8);
        if (pick == 7 && kind == DatabaseKind.POSTGRESQL && !enums.isEmpty()) {
            return ColumnType.enumType(enums.get(random.nextInt(enums.size())).ref());
        }
        if (pick == 7 && kind == DatabaseKind.MYSQL) {
            return ColumnType.enumType(new EnumRef(null, table + "_" + column, values()));
        }
        TypeFamily[] families = {TypeFamily.INT, TypeFamily.STRING, TypeFamily.BOOLEAN, TypeFamily.FLOAT,
            TypeFamily.DECIMAL, TypeFamily.DATETIME, TypeFamily.JSON, TypeFamily.BIGINT};
        TypeFamily f = families[pick];
        if (kind == DatabaseKind.SQLITE) {
            return ColumnType.family(f);
        }
        boolean pg = kind == DatabaseKind.POSTGRESQL;
        return switch (f) {
            case INT -> ColumnType.of(f, pg ? (random.nextBoolean() ? "Integer" : "SmallInt") : "Int");
            case STRING -> pg ? (random.nextBoolean() ? ColumnType.of(f, "Text") : ColumnType.of(f, "VarChar", 40 + random.nextInt(3) * 40))
                    : ColumnType.of(f, "VarChar", 191);
            case BOOLEAN -> ColumnType.of(f, pg ? "Boolean" : "TinyInt");
            case FLOAT -> ColumnType.of(f, pg ? "DoublePrecision" : "Double");
            case DECIMAL -> ColumnType.of(f, "Decimal", 10, 2);
            case DATETIME -> ColumnType.of(f, pg ? "Timestamp" : "DateTime", 3);
            case JSON -> ColumnType.of(f, pg ? "JsonB" : "Json");
            default -> ColumnType.of(TypeFamily.BIGINT, "BigInt");
        };
    }

    ColumnDefault defaultFor(ColumnType type, Arity arity) {
        if (arity == Arity.LIST) {
            Value v = scalarDefault(type);
            return v == null ? null : ColumnDefault.value(new Value.ListValue(List.of(v, v)));
        }
        if (type.family() == TypeFamily.DATETIME) {
            return ColumnDefault.now();
        }
        Value v = scalarDefault(type);
        return v == null ? null : ColumnDefault.value(v);
    }

    Value scalarDefault(ColumnType type) {
        return switch (type.family()) {
            case INT, BIGINT -> new Value.Int(random.nextInt(200) - 100);
            case STRING -> new Value.Str(VALUES[random.nextInt(VALUES.length)]);
            case BOOLEAN -> new Value.Bool(random.nextBoolean());
            case FLOAT -> new Value.Float(new BigDecimal(random.nextInt(100) + ".5"));
            case DECIMAL -> new Value.Float(new BigDecimal(random.nextInt(100) + ".25"));
            case ENUM -> new Value.EnumValue(type.enumRef().values().get(random.nextInt(type.enumRef().values().size())));
            case JSON -> kind == DatabaseKind.POSTGRESQL ? new Value.Json("{\"k\": " + random.nextInt(9) + "}") : null;
            default -> null;
        };
    }
}
