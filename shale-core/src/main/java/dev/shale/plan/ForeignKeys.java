package dev.shale.plan;

import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.HashSet;
import java.util.Objects;

/** Foreign keys and what they need to exist first. */
final class ForeignKeys {
    private ForeignKeys() {}

    /**
     * True when the key can be added in {@code state}: the referenced table and columns exist and a
     * primary key or unique index covers exactly those columns (the database refuses it otherwise).
     */
    static boolean ready(SqlSchema state, ForeignKey fk, String defaultNamespace) {
        String ns = fk.referencedNamespace() == null ? defaultNamespace : fk.referencedNamespace();
        Table target = state.tables().stream()
                .filter(t -> t.name().equals(fk.referencedTable())
                        && Objects.equals(t.namespace() == null ? defaultNamespace : t.namespace(), ns))
                .findFirst().orElse(null);
        if (target == null || !fk.referencedColumns().stream().allMatch(c -> target.column(c).isPresent())) {
            return false;
        }
        var wanted = new HashSet<>(fk.referencedColumns());
        if (target.primaryKey() != null && new HashSet<>(target.primaryKey().columnNames()).equals(wanted)) {
            return true;
        }
        for (Index index : target.indexes()) {
            if (index.isUnique() && index.predicate() == null && new HashSet<>(index.columnNames()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
