package dev.shale.plan;

import dev.shale.sql.ForeignKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unsafe changes Shale does not take apart, with the reason: a type change of a key column or
 * of a column a foreign key uses (the keys would have to move with it), a primary key that foreign
 * keys point at, a foreign key on a column whose type changes. They stay out of the earlier phases
 * and come last, as the differ writes them, in a migration whose README says what to do by hand.
 */
final class Unplannable {
    private Unplannable() {}

    static Map<Change, String> reasons(List<Change> changes, SqlSchema from, SqlSchema to, String defaultNamespace) {
        Map<Change, String> out = new LinkedHashMap<>();
        List<Change.ColumnTypeChanged> typeChanges = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.ColumnTypeChanged t) {
                String column = t.from().name();
                boolean key = t.table().isPrimaryKeyColumn(column) || t.from().autoincrement() || t.to().autoincrement();
                boolean foreign = usesInForeignKey(from, t.table(), column, defaultNamespace)
                        || usesInForeignKey(to, t.table(), column, defaultNamespace);
                if (key || foreign) {
                    out.put(c, Names.column(t.table(), column) + " is part of " + (key ? "the primary key" : "a foreign key")
                            + ": changing its type means moving the keys that use it with it, which Shale does not plan");
                }
                typeChanges.add(t);
            } else if (c instanceof Change.PrimaryKeyChanged p && p.table().primaryKey() != null
                    && (referenced(from, p.table(), defaultNamespace) || referenced(to, p.table(), defaultNamespace))) {
                out.put(c, "foreign keys point at the primary key of " + Names.quote(p.table().name())
                        + ": they must be dropped and added again around the switch, which Shale does not plan");
            }
        }
        for (Change c : changes) {
            if (c instanceof Change.ForeignKeyAdded f) {
                for (Change.ColumnTypeChanged t : typeChanges) {
                    if (sameTable(t.table(), f.table(), defaultNamespace) && f.foreignKey().columns().contains(t.from().name())) {
                        out.put(c, "its column " + Names.column(f.table(), t.from().name()) + " changes type");
                    }
                }
            } else if (c instanceof Change.IndexAdded i) {
                for (Change.ColumnTypeChanged t : typeChanges) {
                    if (out.containsKey(t) && sameTable(t.table(), i.table(), defaultNamespace)
                            && i.index().columnNames().contains(t.from().name())) {
                        out.put(c, "its column " + Names.column(i.table(), t.from().name()) + " changes type in a way "
                                + "Shale does not plan");
                    }
                }
            }
        }
        return out;
    }

    private static boolean usesInForeignKey(SqlSchema schema, Table table, String column, String defaultNamespace) {
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (sameTable(t, table, defaultNamespace) && fk.columns().contains(column)) {
                    return true;
                }
                if (pointsAt(fk, table, defaultNamespace) && fk.referencedColumns().contains(column)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean referenced(SqlSchema schema, Table table, String defaultNamespace) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream()).anyMatch(fk -> pointsAt(fk, table, defaultNamespace));
    }

    private static boolean pointsAt(ForeignKey fk, Table table, String defaultNamespace) {
        String ns = fk.referencedNamespace() == null ? defaultNamespace : fk.referencedNamespace();
        String tableNs = table.namespace() == null ? defaultNamespace : table.namespace();
        return fk.referencedTable().equals(table.name()) && java.util.Objects.equals(ns, tableNs);
    }

    static boolean sameTable(Table a, Table b, String defaultNamespace) {
        return Names.key(a, defaultNamespace).equals(Names.key(b, defaultNamespace));
    }
}
