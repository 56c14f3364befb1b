package dev.shale.migrate;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** PostgreSQL: transactional DDL, {@code pg_advisory_lock(72707369)}, {@code lock_timeout} and {@code statement_timeout}. */
public final class PostgresSupport implements DatabaseSupport {
    /** The advisory lock key Prisma Migrate takes; Shale takes the same so the two never run at once. */
    public static final long PRISMA_LOCK_KEY = 72707369L;

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public String historyTableDdl() {
        return """
                CREATE TABLE _prisma_migrations (
                    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                    checksum                VARCHAR(64) NOT NULL,
                    finished_at             TIMESTAMPTZ,
                    migration_name          VARCHAR(255) NOT NULL,
                    logs                    TEXT,
                    rolled_back_at          TIMESTAMPTZ,
                    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
                    applied_steps_count     INTEGER NOT NULL DEFAULT 0
                );
                """;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public void prepare(Connection c, DatabaseUrl url) throws SQLException {
        // A `?schema=` that does not exist yet is created, as Prisma does, so the history has a home.
        String schema = url.schema();
        if (schema != null && !schema.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            DatabaseSupport.execute(c, "CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
        }
    }

    @Override
    public void acquireLock(Connection c, Duration wait) throws SQLException {
        DatabaseSupport.execute(c, "SET statement_timeout = " + DatabaseSupport.literal(wait.toMillis() + "ms"));
        try {
            DatabaseSupport.execute(c, "SELECT pg_advisory_lock(" + PRISMA_LOCK_KEY + ")");
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                throw new MigrationLockTimeoutException("timed out after " + DurationText.format(wait)
                        + " waiting for the migration lock (pg_advisory_lock(" + PRISMA_LOCK_KEY + ")), held by "
                        + holder(c) + "; another `migrate deploy` (Shale or Prisma) is running. Wait for it, "
                        + "or wait longer with --lock-wait");
            }
            throw e;
        } finally {
            DatabaseSupport.execute(c, "RESET statement_timeout");
        }
    }

    private static String holder(Connection c) {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l "
                + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                + "AND l.classid = 0 AND l.objid = " + PRISMA_LOCK_KEY;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) {
                String app = rs.getString(2);
                return "server process " + rs.getInt(1) + (app == null || app.isEmpty() ? "" : " (application `" + app + "`)")
                        + (rs.getString(3) == null ? "" : " from " + rs.getString(3)) + " since " + rs.getObject(4);
            }
        } catch (SQLException ignored) {
            // The holder is only a courtesy in the message.
        }
        return "another session";
    }

    @Override
    public void releaseLock(Connection c) throws SQLException {
        DatabaseSupport.execute(c, "SELECT pg_advisory_unlock(" + PRISMA_LOCK_KEY + ")");
    }

    @Override
    public String historyTableQuery() {
        return "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'";
    }

    @Override
    public String userTablesQuery() {
        return "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' "
                + "ORDER BY tablename";
    }

    @Override
    public List<String> timeoutStatements(Duration lockTimeout, Duration statementTimeout, boolean local) {
        String scope = local ? "SET LOCAL " : "SET ";
        return List.of(scope + "lock_timeout = " + DatabaseSupport.literal(lockTimeout.toMillis() + "ms"),
                scope + "statement_timeout = " + DatabaseSupport.literal(statementTimeout.toMillis() + "ms"));
    }

    @Override
    public Optional<String> batchedAppliedRow(String id, String name, String checksum, Instant startedAt) {
        String started = DatabaseSupport.literal(startedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString()) + "::timestamptz";
        return Optional.of("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, "
                + "started_at, applied_steps_count) VALUES (" + DatabaseSupport.literal(id) + ", " + DatabaseSupport.literal(checksum)
                + ", GREATEST(date_trunc('milliseconds', clock_timestamp()), " + started + "), " + DatabaseSupport.literal(name)
                + ", NULL, NULL, " + started + ", 1)");
    }

    @Override
    public void setTimestamp(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public int errorLine(SQLException e, SqlStatement statement) {
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return m != null && m.getPosition() > 0 ? statement.lineOf(m.getPosition()) : statement.line();
    }

    @Override
    public String errorText(SQLException e) {
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (m == null) {
            return firstLine(e.getMessage()) + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(m.getSeverity() == null ? "ERROR" : m.getSeverity()).append(": ").append(m.getMessage());
        sb.append(" (SQLSTATE ").append(m.getSQLState()).append(')');
        if (m.getDetail() != null) {
            sb.append("\nDETAIL: ").append(m.getDetail());
        }
        if (m.getHint() != null) {
            sb.append("\nHINT: ").append(m.getHint());
        }
        return sb.toString();
    }

    @Override
    public String errorHint(SQLException e) {
        if ("25001".equals(e.getSQLState())) {
            return "this statement cannot run inside a transaction: put `-- shale:no-transaction` on the first line "
                    + "of the migration so Shale runs it statement by statement";
        }
        if ("55P03".equals(e.getSQLState())) {
            return "the statement waited longer than the lock timeout for a lock other sessions hold; retry when the "
                    + "table is less busy, or raise it for this migration with `-- shale:lock-timeout 30s`";
        }
        if ("57014".equals(e.getSQLState())) {
            return "the statement ran longer than the statement timeout; raise it for this migration with "
                    + "`-- shale:statement-timeout 30min` (0 turns it off)";
        }
        return "";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
