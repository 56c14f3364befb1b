package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.ParsedStatement.DataChange;

/**
 * SH309: an UPDATE or DELETE without WHERE touches every row in one transaction: row locks on the
 * whole table, bloat, replication lag, and a long rollback if it fails. Large tables want a batched
 * backfill ({@code shale backfill}).
 */
public final class WholeTableDataChangeRule extends BaseStatementRule {
    public WholeTableDataChangeRule() {
        super("SH309", Severity.WARNING, "UPDATE / DELETE of a whole table inside a migration");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (s.statement().parsed() instanceof DataChange d && d.kind() != DataChange.Kind.INSERT && !d.hasWhere()
                && !s.isNewTable(d.table().name())) {
            String table = d.table().name();
            reportLock(s, findings, s.position(), table,
                    d.kind() + " without WHERE changes every row of " + q(table) + " in one transaction",
                    "run it as a batched backfill (keyed ranges of a few thousand rows, each its own transaction) "
                            + "outside the schema migration");
        }
    }
}
