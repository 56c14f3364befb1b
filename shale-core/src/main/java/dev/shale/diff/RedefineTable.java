package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.util.List;

/**
 * One table recreated by {@link RedefineTables}: the columns kept (with what changed about them),
 * added and dropped, and whether the primary key went away.
 */
public record RedefineTable(
        Table from,
        Table to,
        List<Column> addedColumns,
        List<Column> addedColumnsWithVirtualDefaults,
        List<Column> droppedColumns,
        boolean droppedPrimaryKey,
        List<ColumnPair> columnPairs) {

    public RedefineTable {
        addedColumns = List.copyOf(addedColumns);
        addedColumnsWithVirtualDefaults = List.copyOf(addedColumnsWithVirtualDefaults);
        droppedColumns = List.copyOf(droppedColumns);
        columnPairs = List.copyOf(columnPairs);
    }
}
