package dev.shale.plan;

import dev.shale.sql.Table;
import java.util.List;

/**
 * One column to fill in batches: {@code target = expression} for the rows where {@code condition}
 * holds, walking the table by {@code keyColumns} (its primary key; empty when it has none, and the
 * database's row address is used).
 *
 * @param table the table as it is when the backfill runs
 * @param target the column to fill
 * @param expression a SQL expression over the row's columns ({@code DEFAULT} for the column's default)
 * @param condition the rows still to fill, as SQL ({@code "slug" IS NULL})
 * @param keyColumns the primary key columns to walk the table by
 * @param why what the backfill is for, for comments
 */
record Backfill(Table table, String target, String expression, String condition, List<String> keyColumns, String why) {
    Backfill {
        keyColumns = List.copyOf(keyColumns);
    }

    /** True when the expression is the column's DEFAULT (which cannot be tested for NULL). */
    boolean usesDefault() {
        return expression.strip().equalsIgnoreCase("DEFAULT");
    }
}
