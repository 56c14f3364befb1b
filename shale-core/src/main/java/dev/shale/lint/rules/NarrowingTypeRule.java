package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AlterColumnType;
import dev.shale.lint.sql.SqlCatalog;
import java.util.Optional;

/**
 * SH205: a shorter VARCHAR (or TEXT to VARCHAR(n)) fails on the first longer value. With a database
 * the finding gives the longest value present; a smaller integer type is reported without data.
 */
public final class NarrowingTypeRule extends BaseStatementRule {
    public NarrowingTypeRule() {
        super("SH205", Severity.WARNING, "VARCHAR length reduced or a narrower type");
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
            ColumnTypes.Type to = ColumnTypes.parse(change.newType());
            ColumnTypes.Type from = old.map(ColumnTypes::parse).orElse(null);
            String object = "column " + q(table) + "." + q(change.column());
            boolean textNarrowing = to.family() == ColumnTypes.Family.TEXT && !to.unbounded()
                    && (from == null || (from.family() == ColumnTypes.Family.TEXT
                            && (from.unbounded() || to.length() < from.length())));
            if (textNarrowing) {
                DataAnswer<Long> longest = s.data().longestValue(table, change.column());
                String was = from == null ? "" : " from " + from.spelling();
                String base = "narrows " + q(table) + "." + q(change.column()) + was + " to " + to.spelling();
                String fix = "check the longest value first (SELECT max(length(" + q(change.column()) + ")) ...), "
                        + "shorten or move longer values in a backfill, then narrow the column";
                if (!longest.known()) {
                    findings.report(from == null ? Severity.INFO : defaultSeverity(), s.position(action.at()), object,
                            base + "; longer values make it fail (longest value " + longest.unavailableReason() + ")", fix);
                } else if (longest.value() > to.length()) {
                    findings.report(Severity.ERROR, s.position(action.at()), object, base + ", but the longest value is "
                            + longest.about() + longest.value() + " characters" + how(longest), fix);
                } else if (longest.approximate()) {
                    findings.report(Severity.WARNING, s.position(action.at()), object, base + "; the longest value "
                            + how(longest).strip() + " is " + longest.value() + " characters, rows outside the sample may be longer", fix);
                }
            } else if (from != null && from.family() == to.family() && from.family() == ColumnTypes.Family.INTEGER
                    && to.rank() < from.rank()) {
                findings.report(s.position(action.at()), object, "narrows " + q(table) + "." + q(change.column()) + " from "
                        + from.spelling() + " to " + to.spelling() + ": larger values make the migration fail",
                        "check the largest value first, or keep the wider type");
            }
        }
    }

    private static String how(DataAnswer<Long> answer) {
        return answer.how().isEmpty() ? "" : " (" + answer.how() + ")";
    }
}
