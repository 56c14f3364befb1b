package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddColumn;
import dev.shale.lint.sql.AlterAction.AddConstraint;
import dev.shale.lint.sql.AlterAction.ConstraintKind;

/**
 * SH302: adding a foreign key validates every existing row while holding a SHARE ROW EXCLUSIVE lock
 * on both tables. NOT VALID adds it at once (new rows are checked), VALIDATE CONSTRAINT later checks
 * the old rows under a lock that lets writes go on.
 */
public final class ForeignKeyWithoutNotValidRule extends BaseStatementRule {
    public ForeignKeyWithoutNotValidRule() {
        super("SH302", Severity.WARNING, "foreign key added without NOT VALID + VALIDATE");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof AddConstraint c && c.kind() == ConstraintKind.FOREIGN_KEY && !c.notValid()) {
                String name = c.name().isEmpty() ? table + "_fkey" : c.name();
                String ref = c.referencedTable() == null ? "the referenced table" : q(c.referencedTable().name());
                reportLock(s, findings, s.position(action.at()), table,
                        "foreign key " + q(name) + " on existing table " + q(table) + " is validated while " + q(table)
                                + " and " + ref + " are locked against writes",
                        "add it with NOT VALID, then in a later statement ALTER TABLE " + q(table)
                                + " VALIDATE CONSTRAINT " + q(name));
            } else if (action instanceof AddColumn a && a.column().references()) {
                reportLock(s, findings, s.position(action.at()), table,
                        "column " + q(a.column().name()) + " with REFERENCES adds a validated foreign key to existing table "
                                + q(table),
                        "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID and "
                                + "VALIDATE CONSTRAINT in a later statement");
            }
        }
    }
}
