package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddColumn;
import dev.shale.lint.sql.AlterAction.DropColumn;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SH209: a renamed field reaches the SQL as a drop plus an add (that is what a schema differ sees),
 * which loses the column's data. When one migration drops a column and adds one of the same type to
 * the same table, it probably meant a rename.
 */
public final class DropAddLooksLikeRenameRule extends BaseStatementRule {
    public DropAddLooksLikeRenameRule() {
        super("SH209", Severity.WARNING, "a drop plus an add that look like a rename");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof DropColumn drop)) {
                continue;
            }
            Optional<String> droppedType = s.catalog().table(table).flatMap(t -> t.column(drop.column()))
                    .map(c -> c.type().toUpperCase(java.util.Locale.ROOT));
            List<AddColumn> adds = addsTo(table, s.migration().script().statements());
            List<AddColumn> candidates = adds.stream().filter(a -> droppedType.isEmpty()
                    || a.column().type().equalsIgnoreCase(droppedType.get())).toList();
            if (candidates.size() == 1 && (droppedType.isPresent() || adds.size() == 1)) {
                String added = candidates.get(0).column().name();
                findings.report(s.position(action.at()), "column " + q(table) + "." + q(drop.column()),
                        "drops " + q(table) + "." + q(drop.column()) + " and adds " + q(added)
                                + (droppedType.isPresent() ? " of the same type " + droppedType.get() : "")
                                + ": if this is a rename, the data in " + q(drop.column()) + " is lost",
                        "keep the column and rename the field with @map(\"" + drop.column() + "\"), or write "
                                + "ALTER TABLE " + q(table) + " RENAME COLUMN " + q(drop.column()) + " TO " + q(added));
            }
        }
    }

    private static List<AddColumn> addsTo(String table, List<SqlStatement> statements) {
        List<AddColumn> adds = new ArrayList<>();
        for (SqlStatement st : statements) {
            if (st.parsed() instanceof ParsedStatement.AlterTable a && a.table().name().equals(table)) {
                a.actions().stream().filter(AddColumn.class::isInstance).map(AddColumn.class::cast).forEach(adds::add);
            }
        }
        return adds;
    }
}
