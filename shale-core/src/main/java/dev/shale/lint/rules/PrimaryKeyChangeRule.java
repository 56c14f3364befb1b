package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddConstraint;
import dev.shale.lint.sql.AlterAction.ConstraintKind;
import dev.shale.lint.sql.AlterAction.DropConstraint;

/**
 * SH210: changing a primary key drops and rebuilds its unique index under an ACCESS EXCLUSIVE lock,
 * and every foreign key pointing at the old key must be dropped and recreated.
 */
public final class PrimaryKeyChangeRule extends BaseStatementRule {
    public PrimaryKeyChangeRule() {
        super("SH210", Severity.WARNING, "primary key changed");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        boolean droppedHere = actionsOnExistingTable(s).stream()
                .anyMatch(a -> a instanceof DropConstraint d && d.name().endsWith("_pkey"));
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof DropConstraint d && d.name().endsWith("_pkey")) {
                findings.report(s.position(action.at()), "table " + q(table), "drops the primary key " + q(d.name())
                        + " of " + q(table) + ": foreign keys to it must go, and the new key is built under a full lock",
                        "add the new key as a UNIQUE index built CONCURRENTLY, move the foreign keys to it, "
                                + "then switch the primary key with ADD PRIMARY KEY USING INDEX");
            } else if (action instanceof AddConstraint c && c.kind() == ConstraintKind.PRIMARY_KEY && !droppedHere
                    && s.catalog().table(table).map(t -> t.hasPrimaryKey()).orElse(false)) {
                findings.report(s.position(action.at()), "table " + q(table), "adds a primary key to " + q(table)
                        + ", which already has one", "drop the old key first, in the order shown for SH210 in docs/lint-rules.md");
            }
        }
    }
}
