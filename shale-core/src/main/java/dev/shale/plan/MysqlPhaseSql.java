package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Sql;
import dev.shale.sql.Table;
import java.util.List;

/**
 * MySQL and MariaDB: no transactional DDL, no CONCURRENTLY and no NOT VALID. The best equivalents:
 * indexes built with {@code ALGORITHM=INPLACE, LOCK=NONE} (online DDL: the statement fails rather
 * than block writes), foreign keys added plainly after the backfill (the READMEs say they check
 * every row), {@code lock_wait_timeout} for metadata locks, and backfills as a stored procedure that
 * repeats a {@code LIMIT}ed UPDATE, each one committed on its own.
 */
final class MysqlPhaseSql implements PhaseSql {

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MYSQL;
    }

    @Override
    public String quote(String identifier) {
        return Sql.bq(identifier);
    }

    @Override
    public String table(Table table) {
        return quote(table.name());
    }

    @Override
    public List<String> timeouts(boolean inTransaction, String lockTimeout, String statementTimeout) {
        long seconds = Math.max(1, dev.shale.migrate.DurationText.parse(lockTimeout, "lock timeout").toSeconds());
        return List.of("SET SESSION lock_wait_timeout = " + seconds);
    }

    @Override
    public boolean concurrentIndexes() {
        return true;
    }

    @Override
    public boolean unvalidatedConstraints() {
        return false;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String createIndexOnline(String createIndex) {
        return createIndex + " ALGORITHM=INPLACE LOCK=NONE";
    }




    @Override
    public List<String> backfillMigration(List<Backfill> backfills, int batchSize) {
        StringBuilder body = new StringBuilder();
        for (Backfill b : backfills) {
            body.append("  -- ").append(Names.column(b.table(), b.target())).append(": ").append(b.why()).append('\n');
            body.append("  REPEAT\n    ").append(batch(b, batchSize).replace("\n", "\n    ")).append(";\n");
            body.append("  UNTIL ROW_COUNT() = 0 END REPEAT;\n");
        }
        String proc = quote(procedureName(backfills));
        return List.of("CREATE PROCEDURE " + proc + "()\nBEGIN\n" + body + "END",
                "CALL " + proc + "()",
                "DROP PROCEDURE " + proc);
    }

    private static String procedureName(List<Backfill> backfills) {
        Backfill first = backfills.get(0);
        return Names.identifier(64, "shale_backfill", first.table().name(), first.target());
    }

    @Override
    public String backfillBatch(Backfill b, int batchSize) {
        return batch(b, batchSize);
    }

    /** One batch: MySQL's UPDATE takes ORDER BY and LIMIT itself (a LIMIT inside IN (...) is refused). */
    private String batch(Backfill b, int batchSize) {
        String order = b.keyColumns().isEmpty() ? "" : "\nORDER BY " + String.join(", ", b.keyColumns().stream().map(this::quote).toList());
        return "UPDATE " + table(b.table()) + " SET " + quote(b.target()) + " = " + b.expression() + "\nWHERE " + rowsToFill(b)
                + order + "\nLIMIT " + batchSize;
    }





}
