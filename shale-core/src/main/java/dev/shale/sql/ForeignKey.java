package dev.shale.sql;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint name, or {@code null} where it has none (SQLite may leave it unnamed)
 * @param columns the constrained columns of this table
 * @param referencedNamespace the namespace of the referenced table ({@code null} = default)
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete the ON DELETE action
 * @param onUpdate the ON UPDATE action
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedNamespace,
        String referencedTable,
        List<String> referencedColumns,
        ForeignKeyAction onDelete,
        ForeignKeyAction onUpdate) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
