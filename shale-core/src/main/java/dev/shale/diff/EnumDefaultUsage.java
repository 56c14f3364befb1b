package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.Table;

/**
 * An old column whose default is a value of an enum being recreated; {@code nextTable} and
 * {@code nextColumn} are set when the new column still has an enum default, to be reinstalled.
 */
public record EnumDefaultUsage(Table previousTable, Column previousColumn, Table nextTable, Column nextColumn) {}
