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
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Test helper: a schema B derived from a schema A by a few random changes that a database can
 * apply to empty tables (tables and columns added and dropped, nullability, defaults, types,
 * indexes, foreign keys, enum values).
 */
final class SchemaMutations {
    private final SchemaGen gen;
    private List<Table> tables;
    private List<EnumType> enums;

    SchemaMutations(SchemaGen gen) {
        this.gen = gen;
    }

    SqlSchema mutate(SqlSchema a) {
        tables = new ArrayList<>(a.tables());
        enums = new ArrayList<>(gen.kind == DatabaseKind.MYSQL ? List.of() : a.enums());
        int n = 1 + gen.random.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (gen.random.nextInt(12)) {
                case 0 -> addTable();
                case 1 -> dropTable();
                case 2, 3 -> addColumn();
                case 4 -> dropColumn();
                case 5 -> changeNullability();
                case 6 -> changeDefault();
                case 7 -> changeType();
                case 8 -> changeIndex();
                case 9 -> changeForeignKey();
                default -> changeEnum();
            }
        }
        List<EnumType> allEnums = gen.kind == DatabaseKind.MYSQL ? SchemaGen.mysqlEnums(tables) : enums;
        return SqlSchema.of(a.namespaces(), tables, allEnums);
    }

    private Table pick() {
        return tables.get(gen.random.nextInt(tables.size()));
    }

    private void replace(Table old, Table updated) {
        tables.set(tables.indexOf(old), updated);
    }

    private void addTable() {
        for (String name : SchemaGen.TABLES) {
            if (tables.stream().noneMatch(t -> t.name().equals(name))) {
                tables.add(gen.table(name, tables, enums));
                return;
            }
        }
    }

    private void dropTable() {
        for (Table t : tables) {
            boolean referenced = tables.stream().anyMatch(o -> o != t
                    && o.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(t.name())));
            if (!referenced && tables.size() > 1) {
                tables.remove(t);
                return;
            }
        }
    }

    private void addColumn() {
        Table t = pick();
        for (String name : SchemaGen.COLUMNS) {
            if (t.column(name).isEmpty()) {
                Column c = gen.column(t.name(), name, enums);
                if (gen.kind == DatabaseKind.MYSQL && c.type().enumRef() != null) {
                    c = c.withType(ColumnType.enumType(new EnumRef(null, t.name() + "_" + name, c.type().enumRef().values())));
                }
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(c);
                replace(t, t.withColumns(columns));
                return;
            }
        }
    }

    private Column pickColumn(Table t) {
        if (t.columns().size() < 2) {
            return null;
        }
        return t.columns().get(1 + gen.random.nextInt(t.columns().size() - 1));
    }

    private void dropColumn() {
        Table t = pick();
        Column c = pickColumn(t);
        if (c == null) {
            return;
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.remove(c);
        List<Index> indexes = t.indexes().stream().filter(i -> !i.columnNames().contains(c.name())).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().filter(fk -> !fk.columns().contains(c.name())).toList();
        replace(t, new Table(t.namespace(), t.name(), columns, t.primaryKey(), indexes, fks));
    }

    private void changeColumn(Table t, Column old, Column updated) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.set(columns.indexOf(old), updated);
        replace(t, t.withColumns(columns));
    }

    private void changeNullability() {
        Table t = pick();
        Column c = pickColumn(t);
        if (c == null || c.arity() == Arity.LIST) {
            return;
        }
        // A required column cannot be set to NULL by its foreign key (Prisma rejects such a schema).
        boolean setNull = t.foreignKeys().stream()
                .anyMatch(fk -> fk.columns().contains(c.name()) && fk.onDelete() == ForeignKeyAction.SET_NULL);
        if (c.arity() == Arity.NULLABLE && setNull) {
            return;
        }
        changeColumn(t, c, c.withArity(c.arity() == Arity.REQUIRED ? Arity.NULLABLE : Arity.REQUIRED));
    }

    private void changeDefault() {
        Table t = pick();
        Column c = pickColumn(t);
        if (c == null) {
            return;
        }
        changeColumn(t, c, c.withDefault(c.defaultValue() != null && gen.random.nextBoolean() ? null
                : gen.defaultFor(c.type(), c.arity())));
    }

    private void changeType() {
        Table t = pick();
        Column c = pickColumn(t);
        if (c == null || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()))) {
            return;
        }
        ColumnType next = switch (gen.kind) {
            case POSTGRESQL -> c.type().nativeType() == null ? null : switch (c.type().nativeType().name()) {
                case "SmallInt" -> ColumnType.of(TypeFamily.INT, "Integer");
                case "Integer" -> ColumnType.of(TypeFamily.BIGINT, "BigInt");
                case "VarChar" -> ColumnType.of(TypeFamily.STRING, "Text");
                case "Text" -> ColumnType.of(TypeFamily.STRING, "VarChar", 200);
                case "Boolean" -> ColumnType.of(TypeFamily.INT, "Integer");
                default -> null;
            };
            case SQLITE -> ColumnType.family(c.type().family() == TypeFamily.STRING ? TypeFamily.INT : TypeFamily.STRING);
            case MYSQL -> c.type().nativeType() == null ? null : switch (c.type().nativeType().name()) {
                case "Int" -> ColumnType.of(TypeFamily.BIGINT, "BigInt");
                case "VarChar" -> ColumnType.of(TypeFamily.STRING, "VarChar", 255);
                default -> null;
            };
        };
        if (next == null) {
            return;
        }
        // A default of the old type may not fit the new one: the changed column keeps none.
        changeColumn(t, c, new Column(c.name(), next, c.arity() == Arity.LIST ? Arity.NULLABLE : c.arity(), null, false));
        List<Index> indexes = new ArrayList<>(t.indexes());
        Table updated = tables.stream().filter(x -> x.name().equals(t.name())).findFirst().orElseThrow();
        replace(updated, updated.withIndexes(indexes.stream().filter(i -> gen.indexable(updated.column(i.columnNames().get(0))
                .orElseThrow())).toList()));
    }

    private void changeIndex() {
        Table t = pick();
        List<Index> indexes = new ArrayList<>(t.indexes());
        if (!indexes.isEmpty() && gen.random.nextBoolean()) {
            Index i = indexes.get(gen.random.nextInt(indexes.size()));
            if (gen.random.nextBoolean()) {
                indexes.remove(i);
            } else {
                indexes.set(indexes.indexOf(i), new Index(i.name() + "_r", i.kind(), i.columns(), i.algorithm(), i.predicate()));
            }
        } else {
            Column c = pickColumn(t);
            if (c == null || !gen.indexable(c) || indexes.stream().anyMatch(i -> i.columnNames().equals(List.of(c.name())))) {
                return;
            }
            indexes.add(new Index(t.name() + "_" + c.name() + "_idx", IndexKind.NORMAL, IndexColumn.all(c.name()), null, null));
        }
        replace(t, t.withIndexes(indexes));
    }

    private void changeForeignKey() {
        Table t = pick();
        if (!t.foreignKeys().isEmpty()) {
            replace(t, t.withForeignKeys(List.of()));
            return;
        }
        int at = tables.indexOf(t);
        if (at == 0) {
            return;
        }
        Table target = tables.get(gen.random.nextInt(at));
        String col = target.name() + "Ref";
        if (t.column(col).isPresent()) {
            return;
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(new Column(col, target.columns().get(0).type(), Arity.NULLABLE, null, false));
        replace(t, new Table(t.namespace(), t.name(), columns, t.primaryKey(), t.indexes(), List.of(new ForeignKey(
                t.name() + "_" + col + "_fkey", List.of(col), null, target.name(), List.of("id"), ForeignKeyAction.SET_NULL,
                ForeignKeyAction.CASCADE))));
    }

    private void changeEnum() {
        if (gen.kind == DatabaseKind.SQLITE || enums.isEmpty()) {
            return;
        }
        EnumType e = enums.get(gen.random.nextInt(enums.size()));
        List<String> values = new ArrayList<>(e.values());
        if (gen.random.nextBoolean() || values.size() == 1) {
            // PostgreSQL appends added values, so new ones go last.
            Arrays.stream(SchemaGen.VALUES).filter(v -> !values.contains(v)).findFirst().ifPresent(values::add);
        } else {
            values.remove(gen.random.nextInt(values.size()));
        }
        EnumType updated = new EnumType(e.namespace(), e.name(), values);
        enums.set(enums.indexOf(e), updated);
        for (Table t : new ArrayList<>(tables)) {
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                if (c.type().enumRef() != null && c.type().enumRef().name().equals(e.name())) {
                    c = c.withType(ColumnType.enumType(updated.ref()));
                    if (!defaultStillValid(c.defaultValue(), values)) {
                        c = c.withDefault(null);
                    }
                }
                columns.add(c);
            }
            replace(t, t.withColumns(columns));
        }
    }

    private static boolean defaultStillValid(ColumnDefault d, List<String> values) {
        if (d == null || !(d.kind() instanceof dev.shale.sql.DefaultKind.Literal l)) {
            return true;
        }
        if (l.value() instanceof Value.EnumValue v) {
            return values.contains(v.value());
        }
        if (l.value() instanceof Value.ListValue list) {
            return list.values().stream().allMatch(v -> v instanceof Value.EnumValue ev && values.contains(ev.value()));
        }
        return Objects.nonNull(d);
    }
}
