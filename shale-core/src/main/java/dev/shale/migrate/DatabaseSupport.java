package dev.shale.migrate;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What deploying migrations needs to know about one database: Prisma's history table, Prisma's
 * migration lock, whether DDL is transactional, how to set timeouts and store timestamps, and how to
 * turn an error into a line number. One implementation per database; shared code never asks which.
 */
public sealed interface DatabaseSupport permits PostgresSupport, MysqlSupport, SqliteSupport {

    static DatabaseSupport of(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresSupport();
            case MYSQL -> new MysqlSupport();
            case SQLITE -> new SqliteSupport();
        };
    }

    DatabaseKind kind();

    /** Prisma's {@code CREATE TABLE _prisma_migrations} for this database. */
    String historyTableDdl();

    /** True when a failed migration inside a transaction leaves no trace (PostgreSQL, SQLite; not MySQL). */
    boolean transactionalDdl();

    /** Runs once after connecting (detects the server flavour, creates a missing PostgreSQL schema). */
    default void prepare(Connection c, DatabaseUrl url) throws SQLException {}

    /**
     * Takes Prisma's migration lock, waiting at most {@code wait}, so Shale and Prisma never migrate one
     * database at the same time. Throws {@link MigrationLockTimeoutException} when the wait runs out.
     */
    void acquireLock(Connection c, Duration wait) throws SQLException;

    void releaseLock(Connection c) throws SQLException;

    /** A query that returns a row when {@code _prisma_migrations} exists in the migrated schema. */
    String historyTableQuery();

    /** A query for the names of the user's tables (not the history table), one per row, sorted. */
    String userTablesQuery();

    default boolean historyTableExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(historyTableQuery()); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** The user's tables: a database with some and no history is not empty (Prisma's P3005). */
    default List<String> userTables(Connection c) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(userTablesQuery()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /**
     * The statements that set the lock and statement timeouts; {@code local} when inside a migration's
     * transaction (the settings end with it), else for the session. A zero duration turns a timeout off.
     */
    List<String> timeoutStatements(Duration lockTimeout, Duration statementTimeout, boolean local);

    /**
     * The {@code INSERT} of an applied migration's history row as one literal statement, for databases
     * where Shale sends a migration's statements and its history row in one round trip (PostgreSQL);
     * empty where it runs them one by one. {@code finished_at} is the server's clock when the row is
     * written, never before {@code startedAt}.
     */
    default Optional<String> batchedAppliedRow(String id, String name, String checksum, Instant startedAt) {
        return Optional.empty();
    }

    /** Called before a migration's transaction starts (SQLite turns foreign keys off here when the script asks). */
    default void beforeTransaction(Connection c, List<SqlStatement> statements) throws SQLException {}

    /** Called after the migration's transaction ended, committed or not. */
    default void afterTransaction(Connection c, List<SqlStatement> statements) throws SQLException {}

    void setTimestamp(PreparedStatement ps, int index, Instant at) throws SQLException;

    /** A timestamp column, null when SQL NULL. */
    Instant getTimestamp(ResultSet rs, String column) throws SQLException;

    /** The file line an error in {@code statement} points at, or the statement's first line. */
    int errorLine(SQLException e, SqlStatement statement);

    /** The database's own words for the error, with its code. */
    String errorText(SQLException e);

    /** A short hint for a known error (for example CREATE INDEX CONCURRENTLY inside a transaction), or empty. */
    default String errorHint(SQLException e) {
        return "";
    }

    /** Runs one statement that returns nothing useful. */
    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(sql);
        }
    }

    /** The database's way to write a string literal in generated statements (settings take no parameters). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
