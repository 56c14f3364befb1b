package dev.shale.lint.data;

import java.util.List;

/**
 * The questions data-aware rules ask about the live database. Every answer is bounded: catalog
 * estimates or samples on large tables, a statement timeout on every query; a timeout or an error
 * becomes an unavailable answer and linting goes on. Tables and columns are the names as they are
 * in the database (case kept).
 */
public interface DataAccess {

    /** Rows in the table: the planner's estimate on large tables, an exact bounded count on small ones. */
    DataAnswer<Long> rowCount(String table);

    /** Rows whose column is NULL. */
    DataAnswer<Long> nullCount(String table, String column);

    /** Values of the columns that occur more than once (groups of duplicates). */
    DataAnswer<Long> duplicateGroups(String table, List<String> columns);

    /** The longest value of a text column, in characters. */
    DataAnswer<Long> longestValue(String table, String column);

    /** Rows whose column holds the value (an enum label). */
    DataAnswer<Long> rowsWithValue(String table, String column, String value);

    /** Up to {@code limit + 1} distinct values of the column (more than limit means "many"). */
    DataAnswer<List<String>> distinctValues(String table, String column, int limit);

    /** Columns of any table whose type is the enum, as {@code table.column} pairs. */
    DataAnswer<List<String[]>> columnsOfEnum(String enumType);

    /** True when there is a database to ask. */
    boolean connected();

    /** No database: every answer says so. */
    static DataAccess none() {
        return NoDatabase.INSTANCE;
    }
}
