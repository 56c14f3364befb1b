package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.DropColumn;
import dev.shale.lint.sql.SqlCatalog.ColumnState;
import java.util.Optional;

/**
 * SH202: dropping a column the running application still writes breaks it. The safe removal has two
 * phases: make the column nullable (the application stops using it) and deploy; then drop it. The
 * rule knows from the migrations when the column became nullable, and from the history whether that
 * migration is already deployed.
 */
public final class DropColumnRule extends BaseStatementRule {
    public DropColumnRule() {
        super("SH202", Severity.WARNING, "column dropped without an earlier, deployed make-nullable migration");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof DropColumn drop)) {
                continue;
            }
            String column = drop.column();
            Optional<ColumnState> state = s.catalog().table(table).flatMap(t -> t.column(column));
            String object = "column " + q(table) + "." + q(column);
            String fix = "first make " + q(column) + " optional (DROP NOT NULL, or `?` in the schema) and stop using it, "
                    + "deploy that, then drop it in a later migration";
            if (state.isEmpty()) {
                findings.report(s.position(action.at()), object, "drops " + q(table) + "." + q(column)
                        + ", and no earlier migration shows it was made nullable first (two-phase removal)", fix);
                continue;
            }
            ColumnState c = state.get();
            String since = c.nullableSince();
            if (c.notNull() || since.isEmpty()) {
                findings.report(s.position(action.at()), object, "drops required column " + q(table) + "." + q(column)
                        + ": the running application may still write it (two-phase removal)", fix);
            } else if (since.equals(s.migration().name())) {
                findings.report(s.position(action.at()), object, "drops " + q(table) + "." + q(column)
                        + " in the same migration that made it nullable: both phases deploy at once", fix);
            } else if (s.lint().history().isPresent() && !s.lint().isDeployed(since)) {
                findings.report(s.position(action.at()), object, "drops " + q(table) + "." + q(column)
                        + ", made nullable in " + since + ", which is not deployed yet: both phases would deploy together",
                        "deploy " + since + " first, then this migration");
            }
        }
    }
}
