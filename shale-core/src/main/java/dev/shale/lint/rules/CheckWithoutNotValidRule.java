package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddConstraint;
import dev.shale.lint.sql.AlterAction.ConstraintKind;

/** SH303: a CHECK constraint scans the table under an ACCESS EXCLUSIVE lock unless added NOT VALID. */
public final class CheckWithoutNotValidRule extends BaseStatementRule {
    public CheckWithoutNotValidRule() {
        super("SH303", Severity.WARNING, "CHECK constraint added without NOT VALID");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof AddConstraint c && c.kind() == ConstraintKind.CHECK && !c.notValid()) {
                String name = c.name().isEmpty() ? table + "_check" : c.name();
                reportLock(s, findings, s.position(action.at()), table,
                        "CHECK constraint " + q(name) + " on existing table " + q(table)
                                + " scans every row while the table is locked against reads and writes",
                        "ADD CONSTRAINT " + q(name) + " CHECK (" + c.checkExpression() + ") NOT VALID, then ALTER TABLE "
                                + q(table) + " VALIDATE CONSTRAINT " + q(name) + " in a later statement");
            }
        }
    }
}
