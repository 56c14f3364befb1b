package dev.shale.plan;

import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.Table;
import java.util.List;

/**
 * The data a plan is sized with: the linter's bounded data access (row counts from the planner's
 * estimate or a capped count, NULLs, duplicates, rows holding an enum value). Without a database
 * every table is planned as large, and every README says the size could not be checked.
 */
final class PlanData {
    private final DataAccess data;
    private final long largeTableRows;

    PlanData(DataAccess data, long largeTableRows) {
        this.data = data;
        this.largeTableRows = largeTableRows;
    }

    boolean connected() {
        return data.connected();
    }

    DataAnswer<Long> rows(Table table) {
        return data.rowCount(table.name());
    }

    /** True when the table is large, or its size is unknown (then it is planned as large). */
    boolean large(Table table) {
        DataAnswer<Long> rows = rows(table);
        return !rows.known() || rows.value() >= largeTableRows;
    }

    /** One line on the table's size and what it means for the plan. */
    String sizeNote(Table table) {
        DataAnswer<Long> rows = rows(table);
        String name = "`" + table.name() + "`";
        if (!rows.known()) {
            String reason = rows.unavailableReason();
            String unknown = reason.startsWith("could not check")
                    ? "the row count could not be checked" + reason.substring("could not check".length())
                    : "the row count is unknown (" + reason + ")";
            return name + ": " + unknown + "; planned as a large table (the threshold is " + count(largeTableRows)
                    + " rows).";
        }
        String how = rows.how().isEmpty() ? "exact count" : rows.how();
        String amount = rows.how().startsWith("more than") ? rows.how() : rows.about() + count(rows.value());
        if (rows.how().startsWith("more than")) {
            how = "counted up to the limit";
        }
        boolean large = rows.value() >= largeTableRows;
        return name + ": " + amount + " rows (" + how + "), " + (large ? "a large table" : "below the large-table threshold")
                + " (" + count(largeTableRows) + " rows)" + (large ? "." : ": the locks below would be short even "
                        + "without the lock-free form, which stays in the plan because the table may grow before the deploy.");
    }

    /** How many batches a backfill over the table takes, when its size is known. */
    String batches(Table table, int batchSize) {
        DataAnswer<Long> rows = rows(table);
        if (!rows.known()) {
            return "";
        }
        long n = Math.max(1, (rows.value() + batchSize - 1) / batchSize);
        return "At most " + count(n) + (n == 1 ? " batch" : " batches") + " of " + count(batchSize) + " rows for `"
                + table.name() + "`.";
    }

    DataAnswer<Long> nulls(Table table, String column) {
        return data.nullCount(table.name(), column);
    }

    DataAnswer<Long> duplicates(Table table, List<String> columns) {
        return data.duplicateGroups(table.name(), columns);
    }

    DataAnswer<Long> rowsWithValue(Table table, String column, String value) {
        return data.rowsWithValue(table.name(), column, value);
    }

    static String count(long n) {
        return String.format("%,d", n);
    }
}
