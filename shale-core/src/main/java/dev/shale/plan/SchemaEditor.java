package dev.shale.plan;

import dev.shale.sql.Column;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Edits a schema state: the planner describes each phase as the state the database reaches after
 * it, built from the previous state by these edits. Tables are found by namespace and name; their
 * order is kept, and a table put back comes last.
 */
final class SchemaEditor {
    private final SqlSchema base;
    private final String defaultNamespace;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<EnumType> enums;

    SchemaEditor(SqlSchema base, String defaultNamespace) {
        this.base = base;
        this.defaultNamespace = defaultNamespace;
        for (Table t : base.tables()) {
            tables.put(Names.key(t, defaultNamespace), t);
        }
        this.enums = new ArrayList<>(base.enums());
    }

    SqlSchema build() {
        return new SqlSchema(base.namespaces(), List.copyOf(tables.values()), enums, base.sequences(), base.views(),
                base.extensions(), base.opaque());
    }

    /** The table of this state with the same namespace and name as {@code t}. */
    Table table(Table t) {
        Table found = tables.get(Names.key(t, defaultNamespace));
        if (found == null) {
            throw new IllegalStateException("table " + Names.quote(t.name()) + " is not in this state");
        }
        return found;
    }

    boolean has(Table t) {
        return tables.containsKey(Names.key(t, defaultNamespace));
    }

    SchemaEditor edit(Table t, UnaryOperator<Table> change) {
        String key = Names.key(t, defaultNamespace);
        tables.put(key, change.apply(table(t)));
        return this;
    }

    SchemaEditor putTable(Table t) {
        tables.put(Names.key(t, defaultNamespace), t);
        return this;
    }

    SchemaEditor removeTable(Table t) {
        tables.remove(Names.key(t, defaultNamespace));
        return this;
    }

    SchemaEditor removeColumn(Table t, String column) {
        return edit(t, x -> x.withColumns(x.columns().stream().filter(c -> !c.name().equals(column)).toList()));
    }

    /** Replaces the column of the same name, or appends it when the table has none. */
    SchemaEditor putColumn(Table t, Column column) {
        return edit(t, x -> {
            List<Column> cols = new ArrayList<>(x.columns());
            boolean replaced = false;
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).name().equals(column.name())) {
                    cols.set(i, column);
                    replaced = true;
                }
            }
            if (!replaced) {
                cols.add(column);
            }
            return x.withColumns(cols);
        });
    }

    /** Renames a column in place, with the indexes, key and foreign keys that name it. */
    SchemaEditor renameColumn(Table t, String from, String to) {
        return edit(t, x -> {
            List<Column> cols = x.columns().stream()
                    .map(c -> c.name().equals(from) ? new Column(to, c.type(), c.arity(), c.defaultValue(), c.autoincrement()) : c)
                    .toList();
            List<Index> indexes = x.indexes().stream().map(i -> new Index(i.name(), i.kind(), i.columns().stream()
                    .map(ic -> ic.column().equals(from) ? new dev.shale.sql.IndexColumn(to, ic.sortOrder(), ic.length(),
                            ic.operatorClass()) : ic).toList(), i.algorithm(), i.predicate())).toList();
            List<ForeignKey> fks = x.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
                    f.columns().stream().map(c -> c.equals(from) ? to : c).toList(), f.referencedNamespace(),
                    f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())).toList();
            return new Table(x.namespace(), x.name(), cols, x.primaryKey(), indexes, fks, x.checks());
        });
    }

    SchemaEditor removeIndex(Table t, String indexName) {
        return edit(t, x -> x.withIndexes(x.indexes().stream().filter(i -> !i.name().equals(indexName)).toList()));
    }

    SchemaEditor addIndex(Table t, Index index) {
        return edit(t, x -> {
            List<Index> all = new ArrayList<>(x.indexes().stream().filter(i -> !i.name().equals(index.name())).toList());
            all.add(index);
            return x.withIndexes(all);
        });
    }

    SchemaEditor removeForeignKey(Table t, ForeignKey fk) {
        return edit(t, x -> x.withForeignKeys(x.foreignKeys().stream().filter(f -> !same(f, fk)).toList()));
    }

    SchemaEditor addForeignKey(Table t, ForeignKey fk) {
        return edit(t, x -> {
            List<ForeignKey> all = new ArrayList<>(x.foreignKeys().stream().filter(f -> !same(f, fk)).toList());
            all.add(fk);
            return x.withForeignKeys(all);
        });
    }

    SchemaEditor primaryKey(Table t, PrimaryKey pk) {
        return edit(t, x -> x.withPrimaryKey(pk));
    }

    /** Replaces the enum of the same namespace and name, and the enum references of the columns of its type. */
    SchemaEditor putEnum(EnumType e) {
        for (int i = 0; i < enums.size(); i++) {
            EnumType x = enums.get(i);
            if (x.name().equals(e.name()) && Objects.equals(ns(x.namespace()), ns(e.namespace()))) {
                enums.set(i, e);
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            Table x = entry.getValue();
            List<Column> cols = x.columns().stream().map(c -> c.type().enumRef() != null
                    && c.type().enumRef().name().equals(e.name())
                    && Objects.equals(ns(c.type().enumRef().namespace()), ns(e.namespace()))
                    ? c.withType(dev.shale.sql.ColumnType.enumType(new dev.shale.sql.EnumRef(c.type().enumRef().namespace(),
                            e.name(), e.values())))
                    : c).toList();
            entry.setValue(x.withColumns(cols));
        }
        return this;
    }

    private String ns(String namespace) {
        return namespace == null ? defaultNamespace : namespace;
    }

    private static boolean same(ForeignKey a, ForeignKey b) {
        return Objects.equals(a.name(), b.name()) && a.columns().equals(b.columns())
                && a.referencedTable().equals(b.referencedTable());
    }
}
