package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.ParsedStatement.DropTable;
import dev.shale.lint.sql.QualifiedName;

/** SH203: dropping a table loses its rows; with a database the finding says how many. */
public final class DropTableRule extends BaseStatementRule {
    public DropTableRule() {
        super("SH203", Severity.WARNING, "table dropped: data loss");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (!(s.statement().parsed() instanceof DropTable drop)) {
            return;
        }
        for (QualifiedName name : drop.tables()) {
            String table = name.name();
            if (s.isNewTable(table)) {
                continue;
            }
            DataAnswer<Long> rows = s.rows(table);
            Severity severity = !rows.known() ? defaultSeverity() : rows.value() > 0 ? Severity.ERROR : Severity.INFO;
            String amount = rows.known() ? "its " + rows.about() + String.format("%,d", rows.value()) + " rows"
                    : "all its rows";
            findings.report(severity, s.position(), "table " + q(table), "drops table " + q(table) + " and " + amount
                    + (rows.known() ? "" : " (" + rows.unavailableReason() + ")"),
                    "stop using " + q(table) + " in a deployed release first, keep a backup (note it in the migration "
                            + "or its README), and write down.sql");
        }
    }
}
