package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AlterColumnType;
import dev.shale.lint.sql.SqlCatalog;
import java.util.Optional;

/**
 * SH204: a column type change converts every value. The finding says whether PostgreSQL has a cast
 * that works without USING and whether it can lose data, from the old type the migrations recorded.
 */
public final class ColumnTypeChangeRule extends BaseStatementRule {
    public ColumnTypeChangeRule() {
        super("SH204", Severity.WARNING, "column type changed: needs a data migration");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof AlterColumnType change)) {
                continue;
            }
            String object = "column " + q(table) + "." + q(change.column());
            Optional<String> old = s.catalog().table(table).flatMap(t -> t.column(change.column()))
                    .map(SqlCatalog.ColumnState::type);
            String fix = "add a new column, backfill it with an explicit conversion you have tested on real data, "
                    + "switch the application, then drop the old one (or give USING with the conversion)";
            if (old.isEmpty()) {
                findings.report(s.position(action.at()), object, "changes the type of " + q(table) + "."
                        + q(change.column()) + " to " + change.newType()
                        + "; the old type is not in the migrations, so whether a cast exists and loses data is unknown", fix);
                continue;
            }
            ColumnTypes.Type from = ColumnTypes.parse(old.get());
            ColumnTypes.Type to = ColumnTypes.parse(change.newType());
            boolean cast = !change.using().isEmpty() || ColumnTypes.castWithoutUsing(from, to);
            String loss = ColumnTypes.loss(from, to);
            String castText = !change.using().isEmpty() ? "converted by USING " + change.using()
                    : cast ? "a cast exists" : "no cast exists without USING, so the migration fails";
            Severity severity = loss == null && cast ? Severity.INFO : defaultSeverity();
            findings.report(severity, s.position(action.at()), object, "changes " + q(table) + "." + q(change.column())
                    + " from " + old.get() + " to " + change.newType() + ": " + castText + "; "
                    + (loss == null ? "no data is lost" : "lossy: " + loss), fix);
        }
    }
}
