package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddConstraint;
import dev.shale.lint.sql.AlterAction.ConstraintKind;
import dev.shale.lint.sql.ParsedStatement.CreateIndex;
import java.util.List;

/** SH207: a unique index or constraint fails while duplicates exist; with a database, how many groups. */
public final class UniqueWithDuplicatesRule extends BaseStatementRule {
    public UniqueWithDuplicatesRule() {
        super("SH207", Severity.ERROR, "unique constraint added where duplicates exist");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (s.statement().parsed() instanceof CreateIndex i && i.unique() && !i.partial()
                && !s.isNewTable(i.table().name()) && i.columns().stream().allMatch(StatementColumns::isPlain)) {
            check(s, findings, s.position(), i.table().name(), i.columns());
        }
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (action instanceof AddConstraint c && !c.usingIndex() && !c.columns().isEmpty()
                    && (c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY)) {
                check(s, findings, s.position(action.at()), table(s), c.columns());
            }
        }
    }

    private void check(StatementContext s, Findings findings, Position at, String table, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(BaseStatementRule::q).toList());
        String object = "table " + q(table) + " (" + cols + ")";
        String fix = "find them with SELECT " + cols + ", count(*) FROM " + q(table) + " GROUP BY " + cols
                + " HAVING count(*) > 1, merge or fix them in a data migration, then add the unique index";
        DataAnswer<Long> duplicates = s.data().duplicateGroups(table, columns);
        if (!duplicates.known()) {
            findings.report(Severity.INFO, at, object, "adds a unique index on " + q(table) + " (" + cols
                    + "); duplicates would make it fail, and they " + duplicates.unavailableReason(), fix);
        } else if (duplicates.value() > 0) {
            findings.report(at, object, "adds a unique index on " + q(table) + " (" + cols + "), but "
                    + duplicates.about() + String.format("%,d", duplicates.value())
                    + (duplicates.value() == 1 ? " value occurs" : " values occur") + " more than once"
                    + (duplicates.how().isEmpty() ? "" : " (" + duplicates.how() + ")"), fix);
        }
    }

    /** Column helpers. */
    static final class StatementColumns {
        private StatementColumns() {}

        /** An index element that is a bare column name (not an expression). */
        static boolean isPlain(String element) {
            return !element.contains("(") && !element.contains(" ");
        }
    }
}
