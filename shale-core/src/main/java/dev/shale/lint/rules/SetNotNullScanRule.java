package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.SetNotNull;

/**
 * SH304: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless a validated
 * {@code CHECK (col IS NOT NULL)} already proves it (PostgreSQL 12+ then skips the scan).
 */
public final class SetNotNullScanRule extends BaseStatementRule {
    public SetNotNullScanRule() {
        super("SH304", Severity.WARNING, "SET NOT NULL scans the table");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof SetNotNull n && !s.catalog().hasValidatedNotNullCheck(table, n.column())) {
                String check = q(table + "_" + n.column() + "_not_null");
                reportLock(s, findings, s.position(action.at()), table,
                        "SET NOT NULL on " + q(table) + "." + q(n.column())
                                + " scans every row while the table is locked against reads and writes",
                        "ADD CONSTRAINT " + check + " CHECK (" + q(n.column()) + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT "
                                + check + "; then SET NOT NULL (no scan) and DROP CONSTRAINT " + check);
            }
        }
    }
}
