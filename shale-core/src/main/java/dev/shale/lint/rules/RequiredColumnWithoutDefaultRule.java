package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddColumn;

/**
 * SH201: a NOT NULL column without a default cannot be added to a table that has rows: the
 * migration fails (Prisma warns "This is not possible if the table is not empty"). An error when the
 * data shows rows, a warning when there is no database to ask.
 */
public final class RequiredColumnWithoutDefaultRule extends BaseStatementRule {
    public RequiredColumnWithoutDefaultRule() {
        super("SH201", Severity.WARNING, "required column added without a default");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof AddColumn add && add.column().notNull() && !add.column().hasDefault()
                    && !add.column().generatedStored()) {
                String column = add.column().name();
                DataAnswer<Long> rows = s.rows(table);
                String fix = "add " + q(column) + " as nullable (or with a DEFAULT), backfill it, then SET NOT NULL "
                        + "in a later migration";
                String base = "required column " + q(table) + "." + q(column) + " is added without a default";
                if (rows.known() && rows.value() == 0) {
                    findings.report(Severity.INFO, s.position(action.at()), "column " + q(table) + "." + q(column),
                            base + "; " + q(table) + " is empty now, but the migration fails wherever it has rows", fix);
                } else if (rows.known()) {
                    findings.report(Severity.ERROR, s.position(action.at()), "column " + q(table) + "." + q(column),
                            base + ": the migration fails because " + q(table) + " has " + rows.about()
                                    + String.format("%,d", rows.value()) + (rows.value() == 1 ? " row" : " rows"), fix);
                } else {
                    findings.report(s.position(action.at()), "column " + q(table) + "." + q(column),
                            base + ": the migration fails if " + q(table) + " has rows (" + rows.unavailableReason() + ")", fix);
                }
            }
        }
    }
}
