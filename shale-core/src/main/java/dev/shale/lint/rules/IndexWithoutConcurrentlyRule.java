package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddConstraint;
import dev.shale.lint.sql.AlterAction.ConstraintKind;
import dev.shale.lint.sql.ParsedStatement.CreateIndex;

/**
 * SH301: building an index on an existing table without CONCURRENTLY blocks every write to it for
 * the whole build. So does ADD UNIQUE / ADD PRIMARY KEY, which builds its index under an ACCESS
 * EXCLUSIVE lock, unless it adopts an index built beforehand (USING INDEX).
 */
public final class IndexWithoutConcurrentlyRule extends BaseStatementRule {
    public IndexWithoutConcurrentlyRule() {
        super("SH301", Severity.WARNING, "CREATE INDEX on an existing table without CONCURRENTLY");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (s.statement().parsed() instanceof CreateIndex index && !index.concurrently()
                && !s.isNewTable(index.table().name())) {
            String name = index.name().isEmpty() ? "" : q(index.name()) + " ";
            reportLock(s, findings, s.position(), index.table().name(),
                    "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name + "on existing table "
                            + q(index.table().name()) + " without CONCURRENTLY blocks writes to it while the index is built",
                    "use CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + name + "ON "
                            + q(index.table().name()) + " in a migration of its own marked `-- shale:no-transaction` "
                            + "(CONCURRENTLY cannot run inside a transaction)");
        }
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof AddConstraint c && !c.usingIndex()
                    && (c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY)) {
                String what = c.kind() == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
                String table = table(s);
                String cols = String.join(", ", c.columns().stream().map(BaseStatementRule::q).toList());
                reportLock(s, findings, s.position(action.at()), table,
                        "ADD " + what + " on existing table " + q(table)
                                + " builds its index under an ACCESS EXCLUSIVE lock (no reads or writes until done)",
                        "CREATE UNIQUE INDEX CONCURRENTLY \"" + (c.name().isEmpty() ? table + "_key" : c.name())
                                + "\" ON " + q(table) + " (" + cols + ") in its own migration, then ALTER TABLE " + q(table)
                                + " ADD CONSTRAINT ... " + what + " USING INDEX \""
                                + (c.name().isEmpty() ? table + "_key" : c.name()) + "\"");
            }
        }
    }
}
