package dev.shale.diff;

import dev.shale.dialect.Capability;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Computes the steps that take a database from one schema state to another, in the order Prisma
 * writes them ({@link StepOrder}). Tables are matched by namespace and name in a name-sorted merge
 * walk; columns by name. Nothing is renamed on a guess: a table or column with a new name is a drop
 * and a create. Indexes and foreign keys that differ only by their name are renamed, because that
 * is unambiguous.
 */
public final class Differ {
    /** Prisma's history table and PostGIS's catalog tables are never part of a diff. */
    private static final Pattern IGNORED_TABLES = Pattern.compile(
            "_prisma_migrations|(?i:spatial_ref_sys|geometry_columns|geography_columns|raster_columns|raster_overviews)");

    private final SqlSchema from;
    private final SqlSchema to;
    private final DialectCapabilities caps;
    private final DiffOptions options;
    private final List<Table> created = new ArrayList<>();
    private final List<Table> dropped = new ArrayList<>();
    /** Tables in both states, in the old state's table order. */
    private final List<TablePair> pairs = new ArrayList<>();
    private final Set<TablePair> redefined = new LinkedHashSet<>();
    private final List<MigrationStep> steps = new ArrayList<>();

    private Differ(SqlSchema from, SqlSchema to, DialectCapabilities caps, DiffOptions options) {
        this.from = from;
        this.to = to;
        this.caps = caps;
        this.options = options;
    }

    /** The steps from {@code from} to {@code to}; empty when they describe the same database. */
    public static List<MigrationStep> diff(SqlSchema from, SqlSchema to, DialectCapabilities caps) {
        return diff(from, to, caps, DiffOptions.none());
    }

    public static List<MigrationStep> diff(SqlSchema from, SqlSchema to, DialectCapabilities caps, DiffOptions options) {
        Differ d = new Differ(from, to, caps, options);
        d.matchTables();
        d.chooseTablesToRedefine();
        d.createdNamespaces();
        d.createdTables();
        d.droppedTables();
        d.droppedIndexes();
        d.createdIndexes();
        d.alteredTables();
        d.redefinedTables();
        if (caps.has(Capability.ENUMS)) {
            EnumDiffer.push(d.steps, from, to, d.dropped, d.pairs, caps.defaultNamespace());
        }
        return new StepOrder(from, to, caps.defaultNamespace()).sort(d.steps);
    }

    private String namespaceOf(String namespace) {
        return namespace == null ? caps.defaultNamespace() : namespace;
    }

    private String key(Table t) {
        return Objects.toString(namespaceOf(t.namespace()), "") + "\u0000" + t.name();
    }

    /** The name-sorted merge walk over both table sets. */
    private void matchTables() {
        TreeMap<String, Table[]> byKey = new TreeMap<>(Names.BYTEWISE);
        for (Table t : from.tables()) {
            if (!IGNORED_TABLES.matcher(t.name()).matches()) {
                byKey.computeIfAbsent(key(t), k -> new Table[2])[0] = t;
            }
        }
        for (Table t : to.tables()) {
            if (!IGNORED_TABLES.matcher(t.name()).matches()) {
                byKey.computeIfAbsent(key(t), k -> new Table[2])[1] = t;
            }
        }
        for (Table t : to.tables()) {
            Table[] both = byKey.get(key(t));
            if (both != null && both[0] == null && both[1] == t) {
                created.add(t);
            }
        }
        for (Table t : from.tables()) {
            Table[] both = byKey.get(key(t));
            if (both == null || both[0] != t) {
                continue;
            }
            if (both[1] == null) {
                dropped.add(t);
            } else {
                pairs.add(new TablePair(t, both[1], caps));
            }
        }
    }

    /** SQLite: a table whose change ALTER TABLE cannot express is recreated. */
    private void chooseTablesToRedefine() {
        if (!caps.has(Capability.REDEFINE_TABLES)) {
            return;
        }
        for (TablePair p : pairs) {
            TableDiff t = new TableDiff(p, caps);
            if ((p.from.primaryKey() == null) != (p.to.primaryKey() == null)
                    || t.primaryKeyChanged()
                    || !p.dropped.isEmpty()
                    || p.added.stream().anyMatch(c -> c.arity() == dev.shale.sql.Arity.REQUIRED)
                    || p.anyColumnChanged()
                    || !t.createdForeignKeys().isEmpty()
                    || !t.droppedForeignKeys().isEmpty()) {
                redefined.add(p);
            }
        }
    }

    private List<TablePair> nonRedefinedPairs() {
        return pairs.stream().filter(p -> !redefined.contains(p)).toList();
    }

    private void createdNamespaces() {
        for (String ns : to.namespaces()) {
            if (from.namespaces().contains(ns)) {
                continue;
            }
            boolean used = false;
            for (Table t : from.tables()) {
                used |= ns.equals(namespaceOf(t.namespace()));
            }
            for (Table t : to.tables()) {
                used |= ns.equals(namespaceOf(t.namespace()));
            }
            for (EnumType e : to.enums()) {
                boolean isNew = from.enums().stream().noneMatch(p -> p.name().equals(e.name())
                        && Objects.equals(namespaceOf(p.namespace()), namespaceOf(e.namespace())));
                used |= isNew && ns.equals(namespaceOf(e.namespace()));
            }
            if (used) {
                steps.add(new CreateNamespace(ns));
            }
        }
    }

    private void createdTables() {
        for (Table t : created) {
            steps.add(new CreateTable(t));
            if (!caps.has(Capability.INLINE_FOREIGN_KEYS)) {
                for (ForeignKey fk : t.foreignKeys()) {
                    steps.add(new AddForeignKey(t, fk));
                }
            }
            if (!caps.has(Capability.INLINE_INDEXES)) {
                for (Index index : t.indexes()) {
                    steps.add(new CreateIndex(t, index, true, false));
                }
            }
        }
    }

    private void droppedTables() {
        for (Table t : dropped) {
            steps.add(new DropTable(t));
            if (!caps.has(Capability.INLINE_FOREIGN_KEYS)) {
                for (ForeignKey fk : t.foreignKeys()) {
                    steps.add(new DropForeignKey(t, fk));
                }
            }
        }
    }

    private void droppedIndexes() {
        for (TablePair p : nonRedefinedPairs()) {
            TableDiff t = new TableDiff(p, caps);
            List<Index> dropped = t.droppedIndexes();
            for (Index index : dropped) {
                if (caps.has(Capability.FOREIGN_KEYS_NEED_INDEXES) && !foreignKeysSurviveDrop(p, t, index, dropped)) {
                    continue;
                }
                steps.add(new DropIndex(p.from, index));
            }
        }
        // SQLite redefinitions recreate indexes; the indexes of dropped tables go first.
        if (!redefined.isEmpty()) {
            for (Table t : dropped) {
                for (Index index : t.indexes()) {
                    steps.add(new DropIndex(t, index));
                }
            }
        }
    }

    /**
     * MySQL refuses to drop the index a foreign key relies on. The index the database created for
     * a key stays as long as the key. An index of the schema that a kept key relies on, with no other
     * index to take over, is dropped with the key dropped before and added again after (the database
     * then creates the key's own index). Returns whether the index may be dropped.
     */
    private boolean foreignKeysSurviveDrop(TablePair p, TableDiff t, Index index, List<Index> dropped) {
        if (t.isImplicitForeignKeyIndex(p.from, index)) {
            return !t.servesKeptForeignKey(index);
        }
        for (ForeignKey[] fks : t.foreignKeyPairs()) {
            if (!TableDiff.coversForeignKey(List.of(fks[0]), index)) {
                continue;
            }
            boolean otherIndex = p.from.indexes().stream()
                    .anyMatch(o -> o != index && !dropped.contains(o) && TableDiff.coversForeignKey(List.of(fks[0]), o));
            if (!otherIndex) {
                steps.add(new DropForeignKey(p.from, fks[0]));
                steps.add(new AddForeignKey(p.to, fks[1]));
            }
        }
        return true;
    }

    private void createdIndexes() {
        for (TablePair p : nonRedefinedPairs()) {
            TableDiff t = new TableDiff(p, caps);
            for (Index index : t.createdIndexes()) {
                steps.add(new CreateIndex(p.to, index, false, false));
            }
            if (caps.has(Capability.INDEXES_DROPPED_WITH_COLUMNS)) {
                Set<String> recreated = new LinkedHashSet<>();
                for (ColumnPair c : p.pairs) {
                    if (c.typeChange() == TypeChange.NOT_CASTABLE) {
                        recreated.add(c.to().name());
                    }
                }
                for (Index[] pair : t.indexPairs()) {
                    if (pair[1].columns().stream().anyMatch(c -> recreated.contains(c.column()))) {
                        steps.add(new CreateIndex(p.to, pair[1], false, true));
                    }
                }
            }
        }
    }

    private void alteredTables() {
        for (TablePair p : nonRedefinedPairs()) {
            TableDiff t = new TableDiff(p, caps);
            for (ForeignKey fk : t.createdForeignKeys()) {
                steps.add(new AddForeignKey(p.to, fk));
            }
            for (ForeignKey fk : t.droppedForeignKeys()) {
                steps.add(new DropForeignKey(p.from, fk));
            }
            for (ForeignKey[] fks : t.foreignKeyPairs()) {
                renamedForeignKey(p, fks[0], fks[1]);
            }
            for (Index[] pair : t.indexPairs()) {
                if (!pair[0].name().equals(pair[1].name())) {
                    steps.add(caps.has(Capability.RENAME_INDEX)
                            ? new RenameIndex(p.from, pair[0], pair[1])
                            : new RedefineIndex(p.from, pair[0], p.to, pair[1]));
                }
            }
            List<TableChange> changes = t.changes(to, options);
            if (!changes.isEmpty()) {
                steps.add(new AlterTable(p.from, p.to, changes));
            }
        }
    }

    private void renamedForeignKey(TablePair p, ForeignKey prev, ForeignKey next) {
        if (caps.has(Capability.INLINE_FOREIGN_KEYS) || Objects.equals(prev.name(), next.name())) {
            return;
        }
        // Join tables of implicit many-to-many relations got conventional names late; Prisma leaves them.
        if (p.from.isImplicitManyToMany() && p.to.isImplicitManyToMany()) {
            return;
        }
        if (caps.has(Capability.RENAME_FOREIGN_KEY)) {
            steps.add(new RenameForeignKey(p.from, prev, next));
        } else {
            steps.add(new AddForeignKey(p.to, next));
            steps.add(new DropForeignKey(p.from, prev));
        }
    }

    private void redefinedTables() {
        if (redefined.isEmpty()) {
            return;
        }
        List<RedefineTable> tables = new ArrayList<>();
        for (TablePair p : redefined) {
            TableDiff t = new TableDiff(p, caps);
            List<dev.shale.sql.Column> virtual = p.added.stream()
                    .filter(c -> options.virtualDefaultColumns().contains(p.to.name() + "." + c.name()))
                    .toList();
            tables.add(new RedefineTable(p.from, p.to, p.added, virtual, p.dropped, t.primaryKeyDropped(), p.pairs));
        }
        steps.add(new RedefineTables(tables));
    }
}
