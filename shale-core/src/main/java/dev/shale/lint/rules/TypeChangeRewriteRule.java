package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AlterColumnType;
import dev.shale.lint.sql.SqlCatalog;
import java.util.Optional;

/**
 * SH306: ALTER COLUMN TYPE rewrites the table (and its indexes) under an ACCESS EXCLUSIVE lock,
 * except for the binary-compatible widenings PostgreSQL does in place (varchar to text, a longer
 * varchar, a wider numeric). When the migrations do not say the old type, the change is reported as
 * a possible rewrite.
 */
public final class TypeChangeRewriteRule extends BaseStatementRule {
    public TypeChangeRewriteRule() {
        super("SH306", Severity.WARNING, "type change that rewrites the table");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof AlterColumnType change)) {
                continue;
            }
            Optional<String> old = s.catalog().table(table).flatMap(t -> t.column(change.column()))
                    .map(SqlCatalog.ColumnState::type);
            if (old.isPresent() && ColumnTypes.noRewrite(ColumnTypes.parse(old.get()), ColumnTypes.parse(change.newType()))) {
                continue;
            }
            String from = old.map(o -> "from " + o + " ").orElse("");
            String verb = old.isPresent() ? "rewrites" : "may rewrite (the old type is not in the migrations)";
            reportLock(s, findings, s.position(action.at()), table,
                    "changing " + q(table) + "." + q(change.column()) + " " + from + "to " + change.newType() + " " + verb
                            + " the table and its indexes under an ACCESS EXCLUSIVE lock",
                    "expand and contract: add a new column of type " + change.newType()
                            + ", backfill it in batches, switch the application to it, then drop the old column");
        }
    }
}
