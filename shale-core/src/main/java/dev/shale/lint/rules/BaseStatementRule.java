package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.StatementRule;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.ParsedStatement;
import java.util.List;

/** A statement rule with the helpers most lock rules share. */
abstract class BaseStatementRule extends BaseRule implements StatementRule {
    BaseStatementRule(String code, Severity severity, String summary) {
        super(code, severity, summary);
    }

    /** The actions of an ALTER TABLE on a table that existed before this migration; empty otherwise. */
    static List<AlterAction> actionsOnExistingTable(StatementContext s) {
        if (s.statement().parsed() instanceof ParsedStatement.AlterTable a && !s.isNewTable(a.table().name())) {
            return a.actions();
        }
        return List.of();
    }

    static String table(StatementContext s) {
        return s.statement().parsed() instanceof ParsedStatement.AlterTable a ? a.table().name() : "";
    }

    /**
     * Reports a lock problem: an error when the data shows a large table, info when it shows a small
     * one, the rule's default severity when there is no data.
     */
    void reportLock(StatementContext s, Findings findings, Position at, String table, String message, String fix) {
        DataAnswer<Long> rows = s.rows(table);
        Severity severity = defaultSeverity();
        if (rows.known()) {
            severity = s.isLarge(rows) ? Severity.ERROR : Severity.INFO;
        }
        findings.report(severity, at, "table \"" + table + "\"", message + StatementContext.rowsNote(rows), fix);
    }

    static String q(String name) {
        return "\"" + name + "\"";
    }
}
