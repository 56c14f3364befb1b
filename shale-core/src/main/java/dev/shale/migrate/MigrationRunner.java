package dev.shale.migrate;

import dev.shale.events.EventSink;
import dev.shale.events.EventType;
import dev.shale.events.MigrationEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one migration on an open connection and records it in {@code _prisma_migrations}.
 *
 * <p>Inside a transaction the history row is written in the same transaction as the script, so a
 * crash at any point leaves the migration either applied and recorded, or neither. Outside a
 * transaction (MySQL, {@code -- shale:no-transaction}) the row is written first, as Prisma does, and
 * its {@code logs} say which statement is running, so a crash leaves a failed migration that
 * {@code migrate status} can explain.
 */
final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final Connection connection;
    private final DatabaseSupport db;
    private final MigrationHistory history;
    private final DeployOptions options;
    private final EventSink events;
    private final String database;
    /** The session's lock and statement timeouts (null until the first migration sets them). */
    private Duration sessionLockTimeout;
    private Duration sessionStatementTimeout;

    MigrationRunner(Connection connection, DatabaseSupport db, MigrationHistory history, DeployOptions options,
            EventSink events, String maskedDatabase) {
        this.connection = connection;
        this.db = db;
        this.history = history;
        this.options = options;
        this.events = events;
        this.database = maskedDatabase;
    }

    AppliedMigration apply(MigrationPlan plan) throws SQLException {
        Migration m = plan.migration();
        LOG.info("applying {} ({} statements{})", m.name(), plan.statements().size(), plan.transactional() ? "" : ", no transaction");
        events.publish(MigrationEvent.of(EventType.STARTED, m.name(), m.checksum(), null, plan.statements().size(), database, null));
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        if (plan.transactional()) {
            applyInTransaction(plan, started);
        } else {
            applyStatementByStatement(plan, started);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        events.publish(MigrationEvent.of(EventType.APPLIED, m.name(), m.checksum(), took, plan.statements().size(), database, null));
        return new AppliedMigration(m.name(), m.checksum(), took, plan.statements().size(), plan.transactional());
    }

    private void applyInTransaction(MigrationPlan plan, Instant started) throws SQLException {
        Migration m = plan.migration();
        List<SqlStatement> statements = plan.statements();
        prepareSessionTimeouts();
        List<String> timeouts = differs(plan) ? db.timeoutStatements(lockTimeout(plan), statementTimeout(plan), true) : List.of();
        db.beforeTransaction(connection, statements);
        connection.setAutoCommit(false);
        int done = 0;
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false);
            if (applyBatched(s, plan, timeouts, started)) {
                return;
            }
            for (String t : timeouts) {
                s.execute(t);
            }
            for (SqlStatement st : statements) {
                s.execute(st.sql());
                done++;
            }
            history.insertApplied(m.name(), m.checksum(), started, Instant.now());
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            connection.setAutoCommit(true);
            SqlStatement failed = done < statements.size() ? statements.get(done) : null;
            String state = "The migration was rolled back: the database is as it was before it. It is recorded as failed, so "
                    + "deploys stop until it is resolved: fix " + scriptPath(m) + ", then run `shale migrate resolve --rolled-back "
                    + m.name() + "` and deploy again.";
            throw fail(plan, started, null, done, failed, e, state);
        } finally {
            connection.setAutoCommit(true);
            db.afterTransaction(connection, statements);
        }
    }

    /**
     * The fast path where the database allows it (PostgreSQL): the timeouts, the statements and the
     * history row go to the server in one round trip, then the commit. When anything fails the
     * transaction is rolled back and the caller runs the statements one by one, which names the
     * failing statement exactly. Statements that return rows are never batched.
     */
    private boolean applyBatched(Statement s, MigrationPlan plan, List<String> timeouts, Instant started) throws SQLException {
        Migration m = plan.migration();
        var row = db.batchedAppliedRow(UUID.randomUUID().toString(), m.name(), m.checksum(), started);
        if (row.isEmpty() || !plan.statements().stream().allMatch(MigrationRunner::batchable)) {
            return false;
        }
        try {
            for (String t : timeouts) {
                s.addBatch(t);
            }
            for (SqlStatement st : plan.statements()) {
                s.addBatch(st.sql());
            }
            s.addBatch(row.get());
            s.executeBatch();
            connection.commit();
            return true;
        } catch (SQLException e) {
            LOG.debug("batched run of {} failed, running it statement by statement: {}", m.name(), e.getMessage());
            rollbackQuietly();
            s.clearBatch();
            return false;
        }
    }

    private static final java.util.Set<String> RETURNS_ROWS =
            java.util.Set.of("SELECT", "WITH", "VALUES", "SHOW", "EXPLAIN", "TABLE", "FETCH", "CALL", "COPY");

    /** True for a statement that returns no rows (a JDBC batch refuses result sets). */
    static boolean batchable(SqlStatement st) {
        String sql = st.sql();
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String first = sql.substring(0, end).toUpperCase(java.util.Locale.ROOT);
        return !first.isEmpty() && !RETURNS_ROWS.contains(first) && !sql.toUpperCase(java.util.Locale.ROOT).contains("RETURNING");
    }

    /** Sets the deploy's default timeouts for the session once; migrations with other values override them. */
    private void prepareSessionTimeouts() throws SQLException {
        if (sessionLockTimeout == null) {
            setSessionTimeouts(options.lockTimeout(), options.statementTimeout());
        }
    }

    private void setSessionTimeouts(Duration lock, Duration statement) throws SQLException {
        for (String t : db.timeoutStatements(lock, statement, false)) {
            DatabaseSupport.execute(connection, t);
        }
        sessionLockTimeout = lock;
        sessionStatementTimeout = statement;
    }

    private boolean differs(MigrationPlan plan) {
        return !lockTimeout(plan).equals(sessionLockTimeout) || !statementTimeout(plan).equals(sessionStatementTimeout);
    }

    private void applyStatementByStatement(MigrationPlan plan, Instant started) throws SQLException {
        Migration m = plan.migration();
        List<SqlStatement> statements = plan.statements();
        String id = history.insertStarted(m.name(), m.checksum(), started,
                statements.isEmpty() ? null : progress(0, statements.size(), statements.get(0)));
        int done = 0;
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false);
            prepareSessionTimeouts();
            if (differs(plan)) {
                setSessionTimeouts(lockTimeout(plan), statementTimeout(plan));
            }
            for (SqlStatement st : statements) {
                if (done > 0) {
                    history.setLogs(id, progress(done, statements.size(), st));
                }
                s.execute(st.sql());
                done++;
            }
            history.markFinished(id, Instant.now());
        } catch (SQLException e) {
            SqlStatement failed = done < statements.size() ? statements.get(done) : null;
            String state = done == 0
                    ? "No statement of it was applied. It is recorded as failed: fix " + scriptPath(m)
                            + ", then run `shale migrate resolve --rolled-back " + m.name() + "` and deploy again."
                    : halfApplied(m, done, statements.size());
            throw fail(plan, started, id, done, failed, e, state);
        }
    }

    /** What {@code migrate status} shows for a migration cut short outside a transaction. */
    static String progress(int done, int total, SqlStatement next) {
        return "Shale is applying this migration outside a transaction: statement " + (done + 1) + " of " + total
                + " (line " + next.line() + ") started" + (done == 0 ? "" : "; statements 1-" + done + " completed") + ".";
    }

    private String halfApplied(Migration m, int done, int total) {
        String why = db.transactionalDdl() ? "the migration runs outside a transaction (-- shale:no-transaction)"
                : "MySQL and MariaDB cannot roll back DDL";
        return "Statements 1-" + done + " of " + total + " were applied and stay applied (" + why + "). It is recorded as "
                + "failed. Either undo statements 1-" + done + " by hand and run `shale migrate resolve --rolled-back " + m.name()
                + "`, or finish the migration by hand and run `shale migrate resolve --applied " + m.name() + "`; then deploy again.";
    }

    private MigrationFailedException fail(MigrationPlan plan, Instant started, String historyId, int done,
            SqlStatement failed, SQLException e, String state) {
        Migration m = plan.migration();
        int total = plan.statements().size();
        String dbError = db.errorText(e);
        String hint = db.errorHint(e);
        int line = failed == null ? 0 : db.errorLine(e, failed);
        StringBuilder msg = new StringBuilder();
        msg.append("migration `").append(m.name()).append("` failed");
        if (failed != null) {
            msg.append(" at statement ").append(done + 1).append(" of ").append(total).append(", ")
                    .append(scriptPath(m)).append(':').append(line).append('\n');
            msg.append("  ").append(failed.summary()).append('\n');
        } else {
            msg.append(" while recording it in _prisma_migrations\n");
        }
        msg.append(dbError).append('\n');
        if (!hint.isEmpty()) {
            msg.append("Hint: ").append(hint).append('\n');
        }
        msg.append(state);
        String logs = msg.toString();
        try {
            if (historyId == null) {
                history.insertFailed(m.name(), m.checksum(), started, logs);
            } else {
                history.setLogs(historyId, logs);
            }
        } catch (SQLException recordError) {
            LOG.error("could not record the failure of {} in _prisma_migrations: {}", m.name(), recordError.getMessage());
        }
        events.publish(MigrationEvent.of(EventType.FAILED, m.name(), m.checksum(), Duration.between(started, Instant.now()),
                total, database, logs));
        return new MigrationFailedException(m.name(), failed == null ? 0 : done + 1, line, dbError, logs, e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    private Duration lockTimeout(MigrationPlan plan) {
        return plan.directives().lockTimeout().orElse(options.lockTimeout());
    }

    private Duration statementTimeout(MigrationPlan plan) {
        return plan.directives().statementTimeout().orElse(options.statementTimeout());
    }

    private static String scriptPath(Migration m) {
        return "migrations/" + m.name() + "/" + MigrationsDirectory.SCRIPT_FILE;
    }
}
