package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Sql;
import dev.shale.sql.Table;
import java.util.List;

/**
 * SQLite: one writer at a time for the whole database, no server-side loops, no CONCURRENTLY, no
 * NOT VALID, and most ALTER TABLE changes rebuild the table (the differ's redefinition). The plan
 * keeps the phases (they protect the running application), and the READMEs say what SQLite cannot
 * do: the backfill migration fills the rows in one statement, and {@code backfill.sql} holds the
 * batch to run ahead of the deploy on a large file.
 */
final class SqlitePhaseSql implements PhaseSql {

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Override
    public String quote(String identifier) {
        return Sql.dq(identifier);
    }

    @Override
    public String table(Table table) {
        return quote(table.name());
    }

    @Override
    public List<String> timeouts(boolean inTransaction, String lockTimeout, String statementTimeout) {
        return List.of();
    }

    @Override
    public boolean concurrentIndexes() {
        return false;
    }

    @Override
    public boolean unvalidatedConstraints() {
        return false;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String createIndexOnline(String createIndex) {
        return createIndex;
    }




    @Override
    public List<String> backfillMigration(List<Backfill> backfills, int batchSize) {
        return backfills.stream().map(this::catchUp).toList();
    }

    @Override
    public String backfillBatch(Backfill b, int batchSize) {
        return "UPDATE " + table(b.table()) + " SET " + quote(b.target()) + " = " + b.expression() + "\nWHERE rowid IN (SELECT rowid FROM "
                + table(b.table()) + " WHERE " + rowsToFill(b) + " LIMIT " + batchSize + ")";
    }





}
