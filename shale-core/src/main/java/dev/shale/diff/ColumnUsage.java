package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.Table;

/**
 * A column and the table it belongs to.
 */
public record ColumnUsage(Table table, Column column) {}
