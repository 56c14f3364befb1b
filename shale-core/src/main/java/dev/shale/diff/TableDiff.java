package dev.shale.diff;

import dev.shale.dialect.Capability;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The differences inside one table present before and after: keys, indexes, columns. */
final class TableDiff {
    private final TablePair p;
    private final DialectCapabilities caps;

    TableDiff(TablePair p, DialectCapabilities caps) {
        this.p = p;
        this.caps = caps;
    }

    // ---- foreign keys

    List<ForeignKey> createdForeignKeys() {
        return p.to.foreignKeys().stream()
                .filter(next -> p.from.foreignKeys().stream().noneMatch(prev -> foreignKeysMatch(prev, next)))
                .toList();
    }

    List<ForeignKey> droppedForeignKeys() {
        return p.from.foreignKeys().stream()
                .filter(prev -> p.to.foreignKeys().stream().noneMatch(next -> foreignKeysMatch(prev, next)))
                .toList();
    }

    /** Each old foreign key with the first new one it matches (each new one used once). */
    List<ForeignKey[]> foreignKeyPairs() {
        List<ForeignKey[]> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ForeignKey prev : p.from.foreignKeys()) {
            List<ForeignKey> next = p.to.foreignKeys();
            for (int i = 0; i < next.size(); i++) {
                if (!seen.contains(i) && foreignKeysMatch(prev, next.get(i))) {
                    seen.add(i);
                    out.add(new ForeignKey[] {prev, next.get(i)});
                    break;
                }
            }
        }
        return out;
    }

    /** Two foreign keys are the same when all but their names agree (and their columns kept their types). */
    private boolean foreignKeysMatch(ForeignKey prev, ForeignKey next) {
        if (!prev.referencedTable().equals(next.referencedTable())
                || prev.columns().size() != next.columns().size()
                || prev.referencedColumns().size() != next.referencedColumns().size()
                || !prev.referencedColumns().equals(next.referencedColumns())
                || prev.onDelete() != next.onDelete()
                || prev.onUpdate() != next.onUpdate()) {
            return false;
        }
        for (int i = 0; i < prev.columns().size(); i++) {
            if (!prev.columns().get(i).equals(next.columns().get(i))) {
                return false;
            }
            ColumnPair c = p.pair(prev.columns().get(i));
            if (c == null || c.changes().contains(ColumnChange.TYPE)) {
                return false;
            }
            Arity a = c.from().arity();
            Arity b = c.to().arity();
            boolean arityOk = caps.has(Capability.FK_COLUMN_CAN_BECOME_REQUIRED) || a == b
                    || (a == Arity.REQUIRED && b == Arity.NULLABLE);
            if (!arityOk) {
                return false;
            }
        }
        return true;
    }

    // ---- indexes

    List<Index> createdIndexes() {
        return p.to.indexes().stream()
                .filter(next -> p.from.indexes().stream()
                        .noneMatch(prev -> indexesMatch(prev, next)
                                && (!isImplicitForeignKeyIndex(p.from, prev) || prev.name().equals(next.name()))))
                .toList();
    }

    List<Index> droppedIndexes() {
        return p.from.indexes().stream()
                .filter(prev -> p.to.indexes().stream().noneMatch(next -> indexesMatch(prev, next)))
                .toList();
    }

    /**
     * Old indexes with the new index they match, for renames. An old index with an identical twin
     * (same columns, same kind) is left out: which of the two was renamed cannot be told.
     */
    List<Index[]> indexPairs() {
        List<Index[]> out = new ArrayList<>();
        for (Index prev : p.from.indexes()) {
            if (isImplicitForeignKeyIndex(p.from, prev)) {
                continue;
            }
            long twins = p.from.indexes().stream()
                    .filter(o -> o.columnNames().equals(prev.columnNames()) && o.kind() == prev.kind())
                    .count();
            if (twins != 1) {
                continue;
            }
            p.to.indexes().stream().filter(next -> indexesMatch(prev, next)).findFirst()
                    .ifPresent(next -> out.add(new Index[] {prev, next}));
        }
        return out;
    }

    /** Two indexes are the same when everything but their name agrees. */
    boolean indexesMatch(Index a, Index b) {
        if (a.columns().size() != b.columns().size() || a.kind() != b.kind()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            IndexColumn x = a.columns().get(i);
            IndexColumn y = b.columns().get(i);
            if (!x.column().equals(y.column()) || !Objects.equals(x.length(), y.length())
                    || sort(x) != sort(y) || !Objects.equals(x.operatorClass(), y.operatorClass())) {
                return false;
            }
        }
        return Objects.equals(a.algorithm(), b.algorithm())
                && Objects.equals(Predicates.canonical(a.predicate()), Predicates.canonical(b.predicate()));
    }

    private static SortOrder sort(IndexColumn c) {
        return c.sortOrder() == null ? SortOrder.ASC : c.sortOrder();
    }

    /**
     * MySQL creates an index named after a foreign key when no other index serves it, and drops it
     * by itself when one is created; such an index is never renamed or dropped by a migration.
     */
    boolean isImplicitForeignKeyIndex(Table table, Index index) {
        return caps.has(Capability.FOREIGN_KEYS_NEED_INDEXES) && coversForeignKey(table, index)
                && table.foreignKeys().stream().anyMatch(fk -> index.name().equals(fk.name()));
    }

    /**
     * MySQL: does the index serve a foreign key the new state keeps? The database needs it for the
     * key; it goes when the key goes.
     */
    boolean servesKeptForeignKey(Index index) {
        List<ForeignKey> dropped = droppedForeignKeys();
        return coversForeignKey(p.from.foreignKeys().stream().filter(fk -> !dropped.contains(fk)).toList(), index);
    }

    /** MySQL: does the index serve a foreign key of the table (its leftmost columns are the key's columns)? */
    static boolean coversForeignKey(Table table, Index index) {
        return coversForeignKey(table.foreignKeys(), index);
    }

    static boolean coversForeignKey(List<ForeignKey> foreignKeys, Index index) {
        if (index.kind() == IndexKind.FULLTEXT) {
            return false;
        }
        for (ForeignKey fk : foreignKeys) {
            List<String> cols = index.columnNames();
            if (fk.columns().size() <= cols.size() && cols.subList(0, fk.columns().size()).equals(fk.columns())) {
                return true;
            }
        }
        return false;
    }

    // ---- primary key

    private Boolean primaryKeyChanged;

    boolean primaryKeyChanged() {
        if (primaryKeyChanged == null) {
            primaryKeyChanged = computePrimaryKeyChanged();
        }
        return primaryKeyChanged;
    }

    private boolean computePrimaryKeyChanged() {
        PrimaryKey a = p.from.primaryKey();
        PrimaryKey b = p.to.primaryKey();
        if (a == null || b == null) {
            return false;
        }
        if (a.columns().size() != b.columns().size()) {
            return true;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            IndexColumn x = a.columns().get(i);
            IndexColumn y = b.columns().get(i);
            if (!x.column().equals(y.column()) || sort(x) != sort(y) || !Objects.equals(x.length(), y.length())) {
                return true;
            }
        }
        // A key column whose type changed means a new key.
        for (IndexColumn key : a.columns()) {
            ColumnPair c = p.pair(key.column());
            if (c != null && c.changes().contains(ColumnChange.TYPE)) {
                return true;
            }
        }
        return false;
    }

    boolean primaryKeyDropped() {
        return (p.from.primaryKey() != null && p.to.primaryKey() == null) || primaryKeyChanged();
    }

    // ---- the ALTER TABLE clauses, in Prisma's order

    List<TableChange> changes(SqlSchema toSchema, DiffOptions options) {
        List<TableChange> changes = new ArrayList<>();
        PrimaryKey a = p.from.primaryKey();
        PrimaryKey b = p.to.primaryKey();
        if (primaryKeyDropped()) {
            changes.add(new TableChange.DropPrimaryKey(a));
        }
        if (a != null && b != null && !Objects.equals(a.name(), b.name())) {
            changes.add(new TableChange.RenamePrimaryKey(a, b));
        }
        for (Column c : p.dropped) {
            changes.add(new TableChange.DropColumn(c));
        }
        for (Column c : p.added) {
            changes.add(new TableChange.AddColumn(c, options.virtualDefaultColumns().contains(p.to.name() + "." + c.name())));
        }
        for (ColumnPair c : p.pairsInOldOrder()) {
            if (c.changes().isEmpty()) {
                continue;
            }
            if (c.typeChange() == TypeChange.NOT_CASTABLE) {
                changes.add(new TableChange.DropAndRecreateColumn(c.from(), c.to(), c.changes()));
            } else {
                changes.add(new TableChange.AlterColumn(c.from(), c.to(), c.changes(), c.typeChange(),
                        sequenceToDrop(c, toSchema)));
            }
        }
        if ((a == null && b != null) || primaryKeyChanged()) {
            changes.add(new TableChange.AddPrimaryKey(b));
        }
        return changes;
    }

    /** The SERIAL sequence behind the old default, when no column of the new state still uses it. */
    private String sequenceToDrop(ColumnPair c, SqlSchema toSchema) {
        if (!(c.from().defaultValue() != null && c.from().defaultValue().kind() instanceof DefaultKind.SequenceNext seq)) {
            return null;
        }
        for (Table t : toSchema.tables()) {
            for (Column col : t.columns()) {
                boolean same = t.name().equals(p.to.name()) && Objects.equals(t.namespace(), p.to.namespace())
                        && col.name().equals(c.to().name());
                if (!same && col.defaultValue() != null && col.defaultValue().kind() instanceof DefaultKind.SequenceNext other
                        && other.sequenceName().equals(seq.sequenceName())) {
                    return null;
                }
            }
        }
        return seq.sequenceName();
    }
}
