package dev.shale.plan;

import java.util.Map;

/**
 * How to plan.
 *
 * @param batchSize rows per backfill batch (each batch is its own short transaction)
 * @param largeTableRows from this many rows a table is "large" (the READMEs say what that means for each phase)
 * @param backfills the value of a column to fill, as a SQL expression over the row's other columns,
 *     keyed {@code table.column} (database names): {@code User.slug -> lower("email")}. For a type
 *     change the expression converts the old column (default: a cast where one exists)
 * @param lockTimeout how long a locking statement waits before giving up (PostgreSQL {@code lock_timeout})
 * @param statementTimeout the bound of a short, metadata-only statement
 * @param scanTimeout the bound of a statement that reads the whole table (VALIDATE CONSTRAINT)
 */
public record PlanOptions(int batchSize, long largeTableRows, Map<String, String> backfills, String lockTimeout,
        String statementTimeout, String scanTimeout) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;
    public static final long DEFAULT_LARGE_TABLE_ROWS = 100_000;

    public PlanOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("the batch size must be positive");
        }
        if (largeTableRows < 0) {
            throw new IllegalArgumentException("the large-table threshold must not be negative");
        }
        backfills = Map.copyOf(backfills);
    }

    public static PlanOptions defaults() {
        return new PlanOptions(DEFAULT_BATCH_SIZE, DEFAULT_LARGE_TABLE_ROWS, Map.of(), "5s", "1min", "1h");
    }

    public PlanOptions withBackfills(Map<String, String> values) {
        return new PlanOptions(batchSize, largeTableRows, values, lockTimeout, statementTimeout, scanTimeout);
    }

    public PlanOptions withLargeTableRows(long rows) {
        return new PlanOptions(batchSize, rows, backfills, lockTimeout, statementTimeout, scanTimeout);
    }

    public PlanOptions withBatchSize(int size) {
        return new PlanOptions(size, largeTableRows, backfills, lockTimeout, statementTimeout, scanTimeout);
    }
}
