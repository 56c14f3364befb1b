package dev.shale.diff;

import dev.shale.sql.EnumType;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order of the steps in a migration: Prisma's, rule by rule. Steps are sorted by kind first
 * (the rank below), then by the position of what they touch in the old or new schema, so a
 * from-empty migration creates tables in model order and indexes table by table. One exception
 * follows the sort ({@link #moveUniqueIndexDrops}).
 */
final class StepOrder {
    // Ranks: the order of step kinds. Each comment says why a kind comes where it does.
    /** Namespaces first: everything else may live in them. */
    static final int CREATE_NAMESPACE = 0;
    /** New enums before the tables and columns that use them. */
    static final int CREATE_ENUM = 7;
    /** Enum changes before table changes, which may use the new values. */
    static final int ALTER_ENUM = 8;
    /** Foreign keys go before the indexes and tables they depend on. */
    static final int DROP_FOREIGN_KEY = 9;
    /** Old indexes go before table changes (their columns may be dropped). */
    static final int DROP_INDEX = 10;
    static final int ALTER_TABLE = 11;
    /** Tables are dropped before indexes are created: new indexes may reuse the dropped tables' index names. */
    static final int DROP_TABLE = 13;
    /** Enums are dropped after the tables that use them, and before new tables that may take their name. */
    static final int DROP_ENUM = 14;
    static final int CREATE_TABLE = 15;
    static final int REDEFINE_TABLES = 16;
    /** Indexes after table changes: they may cover columns added there. */
    static final int CREATE_INDEX = 17;
    static final int RENAME_FOREIGN_KEY = 18;
    /** Foreign keys after indexes: they may need the unique indexes created just before. */
    static final int ADD_FOREIGN_KEY = 19;
    static final int RENAME_INDEX = 20;
    static final int REDEFINE_INDEX = 21;

    private final SqlSchema from;
    private final SqlSchema to;
    private final String defaultNamespace;
    private final Map<Table, Integer> fromTables = new IdentityHashMap<>();
    private final Map<Table, Integer> toTables = new IdentityHashMap<>();
    private final Map<String, Integer> fromTablesByName = new java.util.HashMap<>();

    StepOrder(SqlSchema from, SqlSchema to, String defaultNamespace) {
        this.from = from;
        this.to = to;
        this.defaultNamespace = defaultNamespace;
        for (int i = 0; i < from.tables().size(); i++) {
            fromTables.put(from.tables().get(i), i);
            fromTablesByName.putIfAbsent(nameKey(from.tables().get(i)), i);
        }
        for (int i = 0; i < to.tables().size(); i++) {
            toTables.put(to.tables().get(i), i);
        }
    }

    List<MigrationStep> sort(List<MigrationStep> steps) {
        List<Object[]> keyed = new ArrayList<>();
        for (MigrationStep s : steps) {
            keyed.add(new Object[] {s, s.accept(new Keys())});
        }
        keyed.sort(Comparator.comparing(o -> (long[]) o[1], Arrays::compare));
        List<MigrationStep> out = new ArrayList<>();
        for (Object[] o : keyed) {
            out.add((MigrationStep) o[0]);
        }
        moveUniqueIndexDrops(out);
        return out;
    }

    /**
     * A unique index dropped from a table without a primary key, when the same migration adds a
     * primary key on the same columns, is dropped right after that ALTER TABLE: the data stays
     * guarded by one of the two at all times.
     */
    private void moveUniqueIndexDrops(List<MigrationStep> steps) {
        int i = 0;
        while (i < steps.size()) {
            if (steps.get(i) instanceof DropIndex drop && drop.index().isUnique() && drop.table().primaryKey() == null) {
                int target = -1;
                for (int j = i + 1; j < steps.size() && target < 0; j++) {
                    if (steps.get(j) instanceof AlterTable alter && alter.from() == drop.table()
                            && addsPrimaryKeyOn(alter, drop.index())) {
                        target = j;
                    }
                }
                if (target >= 0) {
                    steps.remove(i);
                    steps.add(target, drop);
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean addsPrimaryKeyOn(AlterTable alter, Index index) {
        boolean adds = false;
        for (TableChange c : alter.changes()) {
            if (c instanceof TableChange.AddPrimaryKey) {
                adds = true;
            }
            if (c instanceof TableChange.DropColumn d && index.columnNames().contains(d.column().name())) {
                return false;
            }
            if (c instanceof TableChange.DropAndRecreateColumn d && index.columnNames().contains(d.from().name())) {
                return false;
            }
        }
        return adds && alter.to().primaryKey() != null && alter.to().primaryKey().columnNames().equals(index.columnNames());
    }

    private long fromPos(Table t) {
        Integer pos = fromTables.get(t);
        return pos == null ? indexOf(from.tables(), t) : pos;
    }

    private long toPos(Table t) {
        Integer pos = toTables.get(t);
        return pos == null ? indexOf(to.tables(), t) : pos;
    }

    private static long indexOf(List<Table> tables, Table t) {
        int i = tables.indexOf(t);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The position of the old table with the same name as a new one (CreateIndex on an existing table sorts by it). */
    private long fromPosByName(Table next) {
        return fromTablesByName.getOrDefault(nameKey(next), Integer.MAX_VALUE);
    }

    private String nameKey(Table t) {
        return Objects.toString(t.namespace() == null ? defaultNamespace : t.namespace(), "") + "\u0000" + t.name();
    }

    private static long enumPos(List<EnumType> enums, EnumType e) {
        return enums.indexOf(e);
    }

    /** The sort key of each step: its rank, then positions in the old and new schemas. */
    private final class Keys implements MigrationStep.Visitor<long[]> {
        @Override
        public long[] createNamespace(CreateNamespace s) {
            return new long[] {CREATE_NAMESPACE, to.namespaces().indexOf(s.name())};
        }

        @Override
        public long[] createEnum(CreateEnum s) {
            return new long[] {CREATE_ENUM, enumPos(to.enums(), s.type())};
        }

        @Override
        public long[] alterEnum(AlterEnum s) {
            return new long[] {ALTER_ENUM, enumPos(from.enums(), s.from()), enumPos(to.enums(), s.to())};
        }

        @Override
        public long[] dropEnum(DropEnum s) {
            return new long[] {DROP_ENUM, enumPos(from.enums(), s.type())};
        }

        @Override
        public long[] createTable(CreateTable s) {
            return new long[] {CREATE_TABLE, toPos(s.table())};
        }

        @Override
        public long[] dropTable(DropTable s) {
            return new long[] {DROP_TABLE, fromPos(s.table())};
        }

        @Override
        public long[] alterTable(AlterTable s) {
            return new long[] {ALTER_TABLE, fromPos(s.from()), toPos(s.to())};
        }

        @Override
        public long[] redefineTables(RedefineTables s) {
            return new long[] {REDEFINE_TABLES};
        }

        @Override
        public long[] createIndex(CreateIndex s) {
            // Indexes of new tables (no old table) come before those of existing tables.
            long old = s.onNewTable() ? -1 : fromPosByName(s.table());
            return new long[] {CREATE_INDEX, old, toPos(s.table()), s.table().indexes().indexOf(s.index()),
                s.fromDropAndRecreate() ? 1 : 0};
        }

        @Override
        public long[] dropIndex(DropIndex s) {
            return new long[] {DROP_INDEX, fromPos(s.table()), s.table().indexes().indexOf(s.index())};
        }

        @Override
        public long[] renameIndex(RenameIndex s) {
            return new long[] {RENAME_INDEX, fromPos(s.table()), s.table().indexes().indexOf(s.from())};
        }

        @Override
        public long[] redefineIndex(RedefineIndex s) {
            return new long[] {REDEFINE_INDEX, fromPos(s.fromTable()), s.fromTable().indexes().indexOf(s.from())};
        }

        @Override
        public long[] addForeignKey(AddForeignKey s) {
            return new long[] {ADD_FOREIGN_KEY, toPos(s.table()), s.table().foreignKeys().indexOf(s.foreignKey())};
        }

        @Override
        public long[] dropForeignKey(DropForeignKey s) {
            return new long[] {DROP_FOREIGN_KEY, fromPos(s.table()), s.table().foreignKeys().indexOf(s.foreignKey())};
        }

        @Override
        public long[] renameForeignKey(RenameForeignKey s) {
            return new long[] {RENAME_FOREIGN_KEY, fromPos(s.table()), s.table().foreignKeys().indexOf(s.from())};
        }
    }
}
