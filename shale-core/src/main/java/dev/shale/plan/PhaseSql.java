package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;
import java.util.List;

/**
 * The SQL a plan writes around the differ's steps, per database: timeouts, batched backfills,
 * lock-free index builds, constraints added unvalidated, renames, guards. Where a database cannot
 * do a phase the lock-free way, its implementation says so ({@link #concurrentIndexes()},
 * {@link #unvalidatedConstraints()}) and the READMEs explain the best equivalent used instead.
 */
interface PhaseSql {

    DatabaseKind kind();

    static PhaseSql of(DatabaseKind kind, String defaultNamespace) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresPhaseSql(defaultNamespace);
            case MYSQL -> new MysqlPhaseSql();
            case SQLITE -> new SqlitePhaseSql();
        };
    }

    /** A quoted identifier. */
    String quote(String identifier);

    /** The table's name as statements write it. */
    String table(Table table);

    /** Statements that bound how long the migration waits for locks and runs (empty where the database has none). */
    List<String> timeouts(boolean inTransaction, String lockTimeout, String statementTimeout);

    /** True when an index can be built without blocking writes (PostgreSQL CONCURRENTLY, MySQL online DDL). */
    boolean concurrentIndexes();

    /** True when a constraint can be added without checking existing rows and validated later (PostgreSQL NOT VALID). */
    boolean unvalidatedConstraints();

    /** True when a migration can run its statements outside one transaction ({@code -- shale:no-transaction} matters). */
    boolean transactionalDdl();

    /** The differ's CREATE INDEX statement, turned into the form that does not block writes. */
    String createIndexOnline(String createIndex);

    /** The differ's ADD FOREIGN KEY statement, added without checking the rows already there. */
    default String addForeignKeyUnvalidated(String addForeignKey) {
        throw new UnsupportedOperationException(kind() + " has no NOT VALID constraints");
    }

    /** Checks the rows of a constraint added unvalidated, under a lock that lets reads and writes go on. */
    default String validateConstraint(Table table, String constraint) {
        throw new UnsupportedOperationException(kind() + " has no NOT VALID constraints");
    }

    default String renameColumn(Table table, String from, String to) {
        return "ALTER TABLE " + table(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    /** The statement(s) of a backfill migration: every backfill, in batches, each batch committed on its own. */
    List<String> backfillMigration(List<Backfill> backfills, int batchSize);

    /** One batch of one backfill, for {@code backfill.sql}: run it until it changes no row. */
    String backfillBatch(Backfill backfill, int batchSize);

    /** The rows a backfill missed (written by the application since), in one statement. */
    default String catchUp(Backfill b) {
        return "UPDATE " + table(b.table()) + " SET " + quote(b.target()) + " = " + b.expression() + " WHERE " + rowsToFill(b);
    }

    /** The rows still to fill; an expression that yields NULL is skipped, so a loop can never run forever. */
    default String rowsToFill(Backfill b) {
        return b.usesDefault() ? b.condition() : b.condition() + " AND (" + b.expression() + ") IS NOT NULL";
    }

    /**
     * How to convert the old column's values to the new column's type. By default the column itself:
     * MySQL converts on assignment (refusing a value that does not fit, in strict mode) and its CAST
     * knows few types; SQLite applies the column's affinity on assignment.
     */
    default String conversion(Column from, Column to, String toType) {
        return quote(from.name());
    }

    /**
     * Makes a column NOT NULL without holding a lock during the scan (PostgreSQL: a NOT VALID check,
     * validated, then SET NOT NULL, which trusts it); empty where the database has no such form.
     */
    default List<String> setNotNullWithoutScanLock(Table table, String column, String checkName) {
        return List.of();
    }

    /** A statement that fails the migration while rows still hold the removed enum values; null where none exists. */
    default String enumValuesGuard(Change.EnumValuesRemoved change) {
        return null;
    }

    /** The condition "the column is NULL", for backfills and checks. */
    default String isNull(String column) {
        return quote(column) + " IS NULL";
    }

    /** The foreign key's name as statements write it. */
    default String constraintName(ForeignKey fk) {
        return quote(fk.name());
    }
}
