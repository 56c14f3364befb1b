package dev.shale.plan;

import dev.shale.dialect.Capability;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.diff.AlterTable;
import dev.shale.diff.ColumnChange;
import dev.shale.diff.ColumnPair;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineTable;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.TableChange;
import dev.shale.diff.TypeChange;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the unsafe parts of the change between two schema states. Tables are matched by namespace
 * and name and columns by name, as the differ matches them; how a column's type converts comes from
 * the differ's own steps, so the plan and the differ never disagree about a cast.
 */
final class ChangeFinder {
    private static final String HISTORY_TABLE = "_prisma_migrations";

    private final SqlSchema from;
    private final SqlSchema to;
    private final DialectCapabilities caps;
    private final Map<String, TypeChange> typeChanges = new HashMap<>();

    private ChangeFinder(SqlSchema from, SqlSchema to, List<MigrationStep> steps, DialectCapabilities caps) {
        this.from = from;
        this.to = to;
        this.caps = caps;
        for (MigrationStep step : steps) {
            if (step instanceof AlterTable a) {
                for (TableChange c : a.changes()) {
                    if (c instanceof TableChange.AlterColumn ac && ac.changes().contains(ColumnChange.TYPE)) {
                        typeChanges.put(columnKey(a.to(), ac.to().name()), ac.typeChange());
                    } else if (c instanceof TableChange.DropAndRecreateColumn d) {
                        typeChanges.put(columnKey(a.to(), d.to().name()), TypeChange.NOT_CASTABLE);
                    }
                }
            } else if (step instanceof RedefineTables r) {
                for (RedefineTable t : r.tables()) {
                    for (ColumnPair p : t.columnPairs()) {
                        if (p.changes().contains(ColumnChange.TYPE)) {
                            typeChanges.put(columnKey(t.to(), p.to().name()), p.typeChange());
                        }
                    }
                }
            }
        }
    }

    /** The unsafe changes, table by table in the new state's order, then dropped tables and enums. */
    static List<Change> find(SqlSchema from, SqlSchema to, List<MigrationStep> steps, DialectCapabilities caps) {
        return new ChangeFinder(from, to, steps, caps).find();
    }

    private List<Change> find() {
        Map<String, Table> before = new LinkedHashMap<>();
        for (Table t : from.tables()) {
            if (!t.name().equals(HISTORY_TABLE)) {
                before.put(Names.key(t, caps.defaultNamespace()), t);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Table next : to.tables()) {
            Table prev = before.remove(Names.key(next, caps.defaultNamespace()));
            if (prev != null) {
                tableChanges(prev, next, changes);
            }
        }
        for (Table dropped : before.values()) {
            changes.add(new Change.TableDropped(dropped));
        }
        if (caps.has(Capability.ENUMS)) {
            enumChanges(changes);
        }
        return List.copyOf(changes);
    }

    private void tableChanges(Table prev, Table next, List<Change> changes) {
        for (Column c : next.columns()) {
            Column old = prev.column(c.name()).orElse(null);
            if (old == null) {
                if (c.arity() == Arity.REQUIRED && c.defaultValue() == null && !c.autoincrement()) {
                    changes.add(new Change.RequiredColumnAdded(next, c));
                }
                continue;
            }
            TypeChange cast = typeChanges.get(columnKey(next, c.name()));
            if (!caps.has(Capability.ENUMS) && isInlineEnum(old) && isInlineEnum(c)) {
                List<String> removed = old.type().enumRef().values().stream()
                        .filter(v -> !c.type().enumRef().values().contains(v)).toList();
                if (!removed.isEmpty()) {
                    EnumType a = new EnumType(null, old.type().enumRef().name(), old.type().enumRef().values());
                    EnumType b = new EnumType(null, c.type().enumRef().name(), c.type().enumRef().values());
                    changes.add(new Change.EnumValuesRemoved(next, a, b, removed,
                            List.of(new Change.EnumValuesRemoved.UsedBy(next, c))));
                }
                continue;
            }
            if (cast != null && !InPlaceTypes.isInPlace(caps, old, c)) {
                changes.add(new Change.ColumnTypeChanged(prev, next, old, c, cast));
            } else if (old.arity() == Arity.NULLABLE && c.arity() == Arity.REQUIRED) {
                changes.add(new Change.ColumnMadeRequired(next, old, c));
            }
        }
        for (Column c : prev.columns()) {
            if (next.column(c.name()).isEmpty()) {
                changes.add(new Change.ColumnRemoved(prev, c));
            }
        }
        if (primaryKeyChanged(prev.primaryKey(), next.primaryKey())) {
            changes.add(new Change.PrimaryKeyChanged(prev, next));
        }
        for (Index index : next.indexes()) {
            if (prev.indexes().stream().noneMatch(i -> sameIndex(i, index))) {
                changes.add(new Change.IndexAdded(next, index));
            }
        }
        for (ForeignKey fk : next.foreignKeys()) {
            if (prev.foreignKeys().stream().noneMatch(f -> sameForeignKey(next, f, fk))) {
                changes.add(new Change.ForeignKeyAdded(next, fk));
            }
        }
    }

    private void enumChanges(List<Change> changes) {
        for (EnumType prev : from.enums()) {
            EnumType next = to.enums().stream().filter(e -> e.name().equals(prev.name())
                    && Objects.equals(ns(e.namespace()), ns(prev.namespace()))).findFirst().orElse(null);
            if (next == null) {
                continue;
            }
            List<String> removed = prev.values().stream().filter(v -> !next.values().contains(v)).toList();
            if (removed.isEmpty()) {
                continue;
            }
            List<Change.EnumValuesRemoved.UsedBy> used = new ArrayList<>();
            for (Table t : to.tables()) {
                boolean existed = from.tables().stream().anyMatch(f -> Names.key(f, caps.defaultNamespace())
                        .equals(Names.key(t, caps.defaultNamespace())));
                for (Column c : t.columns()) {
                    if (existed && c.type().family() == TypeFamily.ENUM && c.type().enumRef().name().equals(next.name())
                            && Objects.equals(ns(c.type().enumRef().namespace()), ns(next.namespace()))) {
                        used.add(new Change.EnumValuesRemoved.UsedBy(t, c));
                    }
                }
            }
            // No existing column holds the enum: no row can use the removed values, nothing to plan.
            if (!used.isEmpty()) {
                changes.add(new Change.EnumValuesRemoved(used.get(0).table(), prev, next, removed, used));
            }
        }
    }

    private String ns(String namespace) {
        return namespace == null ? caps.defaultNamespace() : namespace;
    }

    private static boolean isInlineEnum(Column c) {
        return c.type().family() == TypeFamily.ENUM && c.type().enumRef() != null;
    }

    private static boolean primaryKeyChanged(PrimaryKey a, PrimaryKey b) {
        if (b == null) {
            return false;
        }
        if (a == null) {
            return true;
        }
        return !a.columnNames().equals(b.columnNames());
    }

    /** The same index whatever its name (a new name alone is a rename, which is safe). */
    static boolean sameIndex(Index a, Index b) {
        if (a.kind() != b.kind() || a.columns().size() != b.columns().size()) {
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
        return Objects.equals(a.algorithm(), b.algorithm()) && Objects.equals(a.predicate(), b.predicate());
    }

    private static SortOrder sort(IndexColumn c) {
        return c.sortOrder() == null ? SortOrder.ASC : c.sortOrder();
    }

    /** The same foreign key whatever its name, on columns whose type did not change. */
    private boolean sameForeignKey(Table next, ForeignKey a, ForeignKey b) {
        if (!a.columns().equals(b.columns()) || !a.referencedTable().equals(b.referencedTable())
                || !a.referencedColumns().equals(b.referencedColumns()) || a.onDelete() != b.onDelete()
                || a.onUpdate() != b.onUpdate()) {
            return false;
        }
        return a.columns().stream().noneMatch(c -> typeChanges.containsKey(columnKey(next, c)));
    }

    private String columnKey(Table t, String column) {
        return Names.key(t, caps.defaultNamespace()) + "\u0000" + column;
    }
}
