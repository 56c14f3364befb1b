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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB: no transactional DDL (each statement commits), {@code GET_LOCK('prisma_migrate')},
 * {@code lock_wait_timeout} / {@code innodb_lock_wait_timeout}, and MariaDB's {@code max_statement_time}.
 */
public final class MysqlSupport implements DatabaseSupport {
    /** The named lock Prisma Migrate takes. */
    public static final String PRISMA_LOCK_NAME = "prisma_migrate";
    private static final long LONGEST_WAIT_SECONDS = 31_536_000L;
    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+)");
    private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\)\\s*");

    private volatile boolean mariadb;

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MYSQL;
    }

    @Override
    public String historyTableDdl() {
        return """
                CREATE TABLE _prisma_migrations (
                    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                    checksum                VARCHAR(64) NOT NULL,
                    finished_at             DATETIME(3),
                    migration_name          VARCHAR(255) NOT NULL,
                    logs                    TEXT,
                    rolled_back_at          DATETIME(3),
                    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                """;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public void prepare(Connection c, DatabaseUrl url) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            mariadb = rs.next() && rs.getString(1).toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        }
    }

    /** True once {@link #prepare} found a MariaDB server. */
    public boolean isMariadb() {
        return mariadb;
    }

    @Override
    public void acquireLock(Connection c, Duration wait) throws SQLException {
        long seconds = Math.max(0, (wait.toMillis() + 999) / 1000);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + PRISMA_LOCK_NAME + "', " + seconds + ")")) {
            if (rs.next() && rs.getInt(1) == 1) {
                return;
            }
        }
        throw new MigrationLockTimeoutException("timed out after " + DurationText.format(wait)
                + " waiting for the migration lock (GET_LOCK('" + PRISMA_LOCK_NAME + "')), held by " + holder(c)
                + "; another `migrate deploy` (Shale or Prisma) is running. Wait for it, or wait longer with --lock-wait");
    }

    private static String holder(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p "
                        + "WHERE p.ID = IS_USED_LOCK('" + PRISMA_LOCK_NAME + "')")) {
            if (rs.next()) {
                return "connection " + rs.getLong(1) + " (" + rs.getString(2) + "@" + rs.getString(3) + ")";
            }
        } catch (SQLException ignored) {
            // The holder is only a courtesy in the message.
        }
        return "another session";
    }

    @Override
    public void releaseLock(Connection c) throws SQLException {
        DatabaseSupport.execute(c, "SELECT RELEASE_LOCK('" + PRISMA_LOCK_NAME + "')");
    }

    @Override
    public String historyTableQuery() {
        return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_prisma_migrations'";
    }

    @Override
    public String userTablesQuery() {
        return "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
                + "AND TABLE_NAME <> '_prisma_migrations' ORDER BY TABLE_NAME";
    }

    @Override
    public List<String> timeoutStatements(Duration lockTimeout, Duration statementTimeout, boolean local) {
        // No transactional DDL: every setting is for the session. MySQL waits in whole seconds, at least
        // one; zero means "no timeout", so the longest wait.
        long lockSeconds = lockTimeout.isZero() ? LONGEST_WAIT_SECONDS : Math.max(1, (lockTimeout.toMillis() + 999) / 1000);
        List<String> sql = new ArrayList<>(List.of("SET SESSION lock_wait_timeout = " + lockSeconds,
                "SET SESSION innodb_lock_wait_timeout = " + Math.min(lockSeconds, 1_073_741_824L)));
        if (mariadb) {
            sql.add("SET SESSION max_statement_time = " + statementTimeout.toMillis() / 1000.0);
        }
        return sql;
    }

    @Override
    public void setTimestamp(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    @Override
    public int errorLine(SQLException e, SqlStatement statement) {
        var m = AT_LINE.matcher(e.getMessage() == null ? "" : e.getMessage());
        return m.find() ? statement.line() + Integer.parseInt(m.group(1)) - 1 : statement.line();
    }

    @Override
    public String errorText(SQLException e) {
        String message = CONNECTION_PREFIX.matcher(PostgresSupport.firstLine(e.getMessage())).replaceFirst("");
        return "ERROR " + e.getErrorCode() + " (" + e.getSQLState() + "): " + message;
    }

    @Override
    public String errorHint(SQLException e) {
        if (e.getErrorCode() == 1205) {
            return "the statement waited longer than the lock timeout; retry when the table is less busy, or raise it "
                    + "for this migration with `-- shale:lock-timeout 30s`";
        }
        return "";
    }
}
