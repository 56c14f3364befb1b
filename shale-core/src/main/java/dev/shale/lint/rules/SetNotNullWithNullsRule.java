package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.SetNotNull;

/**
 * SH206: making a column required fails while rows hold NULL in it. Data-aware: the number of NULL
 * rows decides; without a database the finding says it could not check.
 */
public final class SetNotNullWithNullsRule extends BaseStatementRule {
    public SetNotNullWithNullsRule() {
        super("SH206", Severity.ERROR, "optional column made required while rows hold NULL");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof SetNotNull n)) {
                continue;
            }
            String object = "column " + q(table) + "." + q(n.column());
            String fix = "backfill the NULLs first (UPDATE " + q(table) + " SET " + q(n.column()) + " = ... WHERE "
                    + q(n.column()) + " IS NULL, in batches), then make it required";
            DataAnswer<Long> nulls = s.data().nullCount(table, n.column());
            if (!nulls.known()) {
                findings.report(Severity.INFO, s.position(action.at()), object, "makes " + q(table) + "." + q(n.column())
                        + " required; NULL values would make it fail, and they " + nulls.unavailableReason(), fix);
            } else if (nulls.value() > 0) {
                findings.report(s.position(action.at()), object, "makes " + q(table) + "." + q(n.column())
                        + " required, but " + nulls.about() + String.format("%,d", nulls.value())
                        + (nulls.value() == 1 ? " row holds NULL" : " rows hold NULL")
                        + (nulls.how().isEmpty() ? "" : " (" + nulls.how() + ")"), fix);
            }
        }
    }
}
