package dev.shale.migrate;

import dev.shale.db.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQLite: transactional DDL, Prisma's exclusive locking mode as the migration lock, {@code busy_timeout}
 * as the lock timeout (SQLite has no statement timeout), timestamps as ISO text.
 */
public final class SqliteSupport implements DatabaseSupport {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    private static final Pattern FOREIGN_KEYS_OFF = Pattern.compile("(?is)^\\s*PRAGMA\\s+(main\\.)?foreign_keys\\s*=\\s*(OFF|0|false|no)\\s*$");

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Override
    public String historyTableDdl() {
        return """
                CREATE TABLE "_prisma_migrations" (
                    "id"                    TEXT PRIMARY KEY NOT NULL,
                    "checksum"              TEXT NOT NULL,
                    "finished_at"           DATETIME,
                    "migration_name"        TEXT NOT NULL,
                    "logs"                  TEXT,
                    "rolled_back_at"        DATETIME,
                    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
                    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
                );
                """;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public void acquireLock(Connection c, Duration wait) throws SQLException {
        DatabaseSupport.execute(c, "PRAGMA busy_timeout = " + wait.toMillis());
        DatabaseSupport.execute(c, "PRAGMA main.locking_mode = EXCLUSIVE");
        try {
            // The exclusive lock is taken by the first write and then kept until the connection closes.
            DatabaseSupport.execute(c, "BEGIN EXCLUSIVE");
            DatabaseSupport.execute(c, "COMMIT");
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY")) {
                throw new MigrationLockTimeoutException("timed out after " + DurationText.format(wait)
                        + " waiting for the SQLite database file, which another process holds; wait for it, "
                        + "or wait longer with --lock-wait");
            }
            throw e;
        }
    }

    @Override
    public void releaseLock(Connection c) {
        // Released when the connection closes.
    }

    @Override
    public String historyTableQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'";
    }

    @Override
    public String userTablesQuery() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> '_prisma_migrations' AND name NOT LIKE 'sqlite_%' "
                + "ORDER BY name";
    }

    @Override
    public List<String> timeoutStatements(Duration lockTimeout, Duration statementTimeout, boolean local) {
        // SQLite has no statement timeout; the lock timeout is how long a statement waits for the file lock.
        return List.of("PRAGMA busy_timeout = " + (lockTimeout.isZero() ? Integer.MAX_VALUE : lockTimeout.toMillis()));
    }

    /**
     * Prisma's SQLite scripts switch foreign keys off around table rebuilds; inside a transaction that
     * PRAGMA does nothing, and a rebuilt table's DROP would cascade. So when the script asks for foreign
     * keys off, they are turned off before the transaction and back on after it.
     */
    @Override
    public void beforeTransaction(Connection c, List<SqlStatement> statements) throws SQLException {
        if (turnsForeignKeysOff(statements)) {
            DatabaseSupport.execute(c, "PRAGMA foreign_keys = OFF");
        }
    }

    @Override
    public void afterTransaction(Connection c, List<SqlStatement> statements) throws SQLException {
        if (turnsForeignKeysOff(statements)) {
            DatabaseSupport.execute(c, "PRAGMA foreign_keys = ON");
        }
    }

    private static boolean turnsForeignKeysOff(List<SqlStatement> statements) {
        return statements.stream().anyMatch(s -> FOREIGN_KEYS_OFF.matcher(s.sql()).matches());
    }

    @Override
    public void setTimestamp(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setString(index, at == null ? null : WRITTEN.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /** Reads the forms found in Prisma histories: ISO with offset, {@code yyyy-MM-dd HH:mm:ss[.SSS]}, epoch milliseconds. */
    @Override
    public Instant getTimestamp(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        return parse(v.toString());
    }

    static Instant parse(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T').replace("T+", "+").replace("T-", "-")).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("unreadable timestamp in _prisma_migrations: " + text, e);
            }
        }
    }

    @Override
    public int errorLine(SQLException e, SqlStatement statement) {
        return statement.line();
    }

    @Override
    public String errorText(SQLException e) {
        String m = PostgresSupport.firstLine(e.getMessage());
        return m.toUpperCase(Locale.ROOT).startsWith("[SQLITE") ? m : "SQLite error: " + m;
    }
}
