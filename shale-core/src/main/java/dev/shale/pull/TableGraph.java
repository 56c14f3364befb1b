package dev.shale.pull;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexKind;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of an introspected database as Prisma's introspection sees them: in catalog order
 * (their position is their id, which orders relation names), which of them are Prisma's own
 * (migrations history, implicit many-to-many join tables) and which become models, and each
 * table's foreign keys in the order the catalog lists them.
 */
final class TableGraph {
    private final DatabaseKind kind;
    private final List<Table> tables;
    private final Map<Table, Integer> ids = new IdentityHashMap<>();
    private final Map<Table, List<Fk>> fks = new IdentityHashMap<>();
    private final Map<String, List<Table>> byName = new java.util.HashMap<>();
    private final Set<Table> joinTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A foreign key in its table, with the table it references; compared by identity, since two
     * foreign keys of one table may be equal in every part.
     */
    static final class Fk {
        final Table table;
        final ForeignKey key;
        final Table referenced;

        Fk(Table table, ForeignKey key, Table referenced) {
            this.table = table;
            this.key = key;
            this.referenced = referenced;
        }

        List<String> columns() {
            return key.columns();
        }

        boolean isSelfRelation() {
            return table == referenced;
        }
    }

    TableGraph(SqlSchema schema, DatabaseKind kind) {
        this.kind = kind;
        this.tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            ids.put(tables.get(i), i);
            byName.computeIfAbsent(tables.get(i).name(), k -> new ArrayList<>()).add(tables.get(i));
        }
        for (Table t : tables) {
            List<Fk> list = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> target = referenced(fk);
                if (target.isPresent() && fk.columns().size() == fk.referencedColumns().size()) {
                    list.add(new Fk(t, fk, target.get()));
                }
            }
            if (kind == DatabaseKind.SQLITE) {
                // SQLite's PRAGMA lists foreign keys last declared first, and Prisma keeps that order.
                Collections.reverse(list);
            }
            fks.put(t, List.copyOf(list));
        }
        for (Table t : tables) {
            if (detectJoinTable(t)) {
                joinTables.add(t);
            }
        }
    }

    List<Table> tables() {
        return tables;
    }

    int id(Table t) {
        return ids.get(t);
    }

    DatabaseKind kind() {
        return kind;
    }

    /** Tables that become models: not the migrations history, not a join table, not Prisma 1's tables. */
    List<Table> modelTables() {
        return tables.stream().filter(this::isModelTable).toList();
    }

    boolean isModelTable(Table t) {
        return !isMigrationsTable(t) && !isLegacyMigrationsTable(t) && !isJoinTable(t) && !isRelayTable(t);
    }

    /** The table a foreign key references, when it is one of the introspected tables. */
    Optional<Table> referenced(ForeignKey fk) {
        for (Table t : byName.getOrDefault(fk.referencedTable(), List.of())) {
            if (fk.referencedNamespace() == null || t.namespace() == null || t.namespace().equals(fk.referencedNamespace())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether a table of this name was introspected. */
    boolean hasTable(String name) {
        return byName.containsKey(name);
    }

    /** The foreign keys of a table (to introspected tables) in catalog order. */
    List<Fk> foreignKeys(Table t) {
        return fks.get(t);
    }

    /** A foreign key with the same columns and referenced columns as an earlier one of its table: Prisma drops it. */
    boolean isDuplicate(Fk fk) {
        for (Fk other : fks.get(fk.table)) {
            if (other == fk) {
                return false;
            }
            if (other.key.columns().equals(fk.key.columns())
                    && other.key.referencedColumns().equals(fk.key.referencedColumns())) {
                return true;
            }
        }
        return false;
    }

    boolean isMigrationsTable(Table t) {
        return t.name().equals("_prisma_migrations") && hasColumns(t, "id", "checksum", "finished_at", "migration_name",
                "logs", "rolled_back_at", "started_at", "applied_steps_count");
    }

    private boolean isLegacyMigrationsTable(Table t) {
        return t.name().equals("_Migration") && hasColumns(t, "revision", "name", "datamodel", "status", "applied",
                "rolled_back", "datamodel_steps", "database_migration", "errors", "started_at", "finished_at");
    }

    private boolean isRelayTable(Table t) {
        return t.name().equals("_RelayId") && t.column("id").isPresent()
                && t.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase("stablemodelidentifier"));
    }

    private static boolean hasColumns(Table t, String... names) {
        for (String n : names) {
            if (t.column(n).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prisma's implicit many-to-many join table: {@code _Name}, unique (or on PostgreSQL primary)
     * key on (A, B), a plain index on B, exactly two foreign keys, A referencing the model whose
     * table name sorts first.
     */
    boolean isJoinTable(Table t) {
        return joinTables.contains(t);
    }

    private boolean detectJoinTable(Table t) {
        if (!t.name().startsWith("_")) {
            return false;
        }
        boolean abKey = t.indexes().stream().anyMatch(i -> i.kind() == IndexKind.UNIQUE && isAB(i.columnNames()))
                || (kind == DatabaseKind.POSTGRESQL && t.primaryKey() != null && isAB(t.primaryKey().columnNames()));
        boolean bIndex = t.indexes().stream().anyMatch(i -> i.kind() == IndexKind.NORMAL && i.columns().size() == 1
                && i.columns().get(0).column().equalsIgnoreCase("b"));
        List<Fk> keys = fks.get(t);
        if (!abKey || !bIndex || keys.size() != 2 || t.foreignKeys().size() != 2) {
            return false;
        }
        Fk first = keys.get(0);
        Fk second = keys.get(1);
        String firstCol = first.columns().get(0);
        String secondCol = second.columns().get(0);
        int cmp = compareBytes(first.referenced.name(), second.referenced.name());
        return (cmp <= 0 && firstCol.equalsIgnoreCase("a") && secondCol.equalsIgnoreCase("b"))
                || (cmp >= 0 && firstCol.equalsIgnoreCase("b") && secondCol.equalsIgnoreCase("a"));
    }

    private static boolean isAB(List<String> columns) {
        return columns.size() == 2 && columns.get(0).equalsIgnoreCase("a") && columns.get(1).equalsIgnoreCase("b");
    }

    /** The join table's foreign keys as (A, B). */
    Fk[] joinTableKeys(Table t) {
        Fk first = fks.get(t).get(0);
        Fk second = fks.get(t).get(1);
        return first.columns().get(0).equalsIgnoreCase("a") ? new Fk[] {first, second} : new Fk[] {second, first};
    }

    /** The two tables a join table relates, ordered by id. */
    Table[] joinTableModels(Table t) {
        Table a = fks.get(t).get(0).referenced;
        Table b = fks.get(t).get(1).referenced;
        return id(a) <= id(b) ? new Table[] {a, b} : new Table[] {b, a};
    }

    /** A primary key or unique index whose columns are all required and of a type Prisma supports. */
    static boolean hasUsableIdentifier(Table t) {
        if (t.primaryKey() != null && usable(t, t.primaryKey().columnNames())) {
            return true;
        }
        for (Index i : t.indexes()) {
            if (i.kind() == IndexKind.UNIQUE && usable(t, i.columnNames())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usable(Table t, List<String> columns) {
        for (String name : columns) {
            Optional<Column> c = t.column(name);
            if (c.isEmpty() || !c.get().isRequired() || c.get().type().family() == TypeFamily.UNSUPPORTED) {
                return false;
            }
        }
        return true;
    }

    /** Whether a primary key or unique index lies within the foreign key's columns (a one-to-one relation). */
    static boolean foreignKeyIsUnique(Fk fk) {
        Table t = fk.table;
        Set<String> fkCols = Set.copyOf(fk.columns());
        if (t.primaryKey() != null && fkCols.containsAll(t.primaryKey().columnNames())) {
            return true;
        }
        for (Index i : t.indexes()) {
            if (i.kind() == IndexKind.UNIQUE && fkCols.containsAll(i.columnNames())) {
                return true;
            }
        }
        return false;
    }

    /** Byte order of UTF-8 strings (Rust's string order), as Prisma's catalogs and maps sort names. */
    static int compareBytes(String a, String b) {
        return dev.shale.diff.Names.BYTEWISE.compare(a, b);
    }

}
