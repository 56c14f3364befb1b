package dev.shale.lint;

import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.SqlCatalog;
import dev.shale.lint.sql.SqlStatement;
import dev.shale.lint.sql.SqlToken;

/**
 * One statement of a checked migration, seen with the catalog as it was just before it and with
 * what the file has done so far (an open BEGIN, timeouts set).
 */
public record StatementContext(LintContext lint, MigrationSource migration, SqlStatement statement,
        SqlCatalog catalog, boolean inTransactionBlock, boolean lockTimeoutSet, boolean statementTimeoutSet) {

    public Position position() {
        return new Position(migration.file(), statement.line(), statement.column());
    }

    public Position position(SqlToken token) {
        return new Position(migration.file(), token.line(), token.column());
    }

    public DataAccess data() {
        return lint.data();
    }

    public LintConfig config() {
        return lint.config();
    }

    /**
     * True when the table is new: created in this migration, or (with a known history) in a migration
     * that is not deployed yet. A new table is empty when this statement runs, so locks cost nothing.
     */
    public boolean isNewTable(String table) {
        return catalog.table(table).map(t -> t.createdIn().equals(migration.name())
                || (lint.history().isPresent() && !lint.isDeployed(t.createdIn()))).orElse(false);
    }

    /** The row count when a database is given, for messages and for deciding "large". */
    public DataAnswer<Long> rows(String table) {
        return data().rowCount(table);
    }

    /** True when the data shows the table has at least the configured number of rows. */
    public boolean isLarge(DataAnswer<Long> rows) {
        return rows.known() && rows.value() >= config().thresholds().largeTableRows();
    }

    /** {@code " (1,204,311 rows)"}, {@code " (about 2,000,000 rows, planner estimate)"} or empty without data. */
    public static String rowsNote(DataAnswer<Long> rows) {
        if (!rows.known()) {
            return "";
        }
        String how = rows.how().isEmpty() || rows.how().startsWith("more than") ? "" : ", " + rows.how();
        String count = rows.how().startsWith("more than") ? rows.how() : rows.about() + String.format("%,d", rows.value());
        return " (" + count + " rows" + how + ")";
    }
}
