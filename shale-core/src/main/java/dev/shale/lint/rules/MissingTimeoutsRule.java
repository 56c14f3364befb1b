package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.ParsedStatement.AlterTable;
import dev.shale.lint.sql.ParsedStatement.CreateIndex;
import dev.shale.lint.sql.ParsedStatement.DropIndex;
import dev.shale.lint.sql.ParsedStatement.DropTable;
import dev.shale.lint.sql.ParsedStatement.Maintenance;
import dev.shale.lint.sql.ParsedStatement.Truncate;

/**
 * SH307: a statement that needs a strong lock on an existing table waits behind any long query,
 * and every later query on that table queues behind it: one slow report can stop the application.
 * {@code SET lock_timeout} makes the migration give up instead; {@code statement_timeout} bounds the
 * work. Reported once per file, at the first such statement, unless both are set: by {@code SET}, by the
 * {@code -- shale:lock-timeout} / {@code -- shale:statement-timeout} header {@code migrate deploy} obeys, or by the runner.
 */
public final class MissingTimeoutsRule extends BaseStatementRule {
    public MissingTimeoutsRule() {
        super("SH307", Severity.WARNING, "locking SQL without lock_timeout / statement_timeout");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (s.config().runnerSetsTimeouts() || (s.lockTimeoutSet() && s.statementTimeoutSet())) {
            return;
        }
        String table = lockedExistingTable(s);
        if (table == null) {
            return;
        }
        StringBuilder missing = new StringBuilder();
        if (!s.lockTimeoutSet()) {
            missing.append("lock_timeout");
        }
        if (!s.statementTimeoutSet()) {
            missing.append(missing.length() > 0 ? " and " : "").append("statement_timeout");
        }
        findings.reportOnce(s.migration().file(), defaultSeverity(), s.position(), "table " + q(table),
                "`" + s.statement().summary() + "` locks existing table " + q(table) + " with no " + missing
                        + " set: it can wait behind a long query while every query on " + q(table) + " queues behind it",
                "start the migration with SET lock_timeout = '5s'; SET statement_timeout = '15min'; (or the header lines "
                        + "-- shale:lock-timeout 5s and -- shale:statement-timeout 15min for shale migrate deploy, or "
                        + "runnerSetsTimeouts in shale.lint.json when the deploy runner sets them)");
    }

    /** The existing table the statement takes a strong lock on, or null. */
    private static String lockedExistingTable(StatementContext s) {
        ParsedStatement p = s.statement().parsed();
        String table = null;
        if (p instanceof AlterTable a) {
            table = a.table().name();
        } else if (p instanceof CreateIndex i && !i.concurrently()) {
            table = i.table().name();
        } else if (p instanceof DropTable d) {
            table = d.tables().get(0).name();
        } else if (p instanceof Truncate t) {
            table = t.tables().get(0).name();
        } else if (p instanceof DropIndex d && !d.concurrently()) {
            return d.indexes().get(0).name();
        } else if (p instanceof Maintenance m && !m.concurrently() && m.table() != null
                && (m.keyword().equals("LOCK") || m.keyword().equals("CLUSTER") || m.keyword().equals("REINDEX"))) {
            table = m.table().name();
        }
        return table == null || s.isNewTable(table) ? null : table;
    }
}
