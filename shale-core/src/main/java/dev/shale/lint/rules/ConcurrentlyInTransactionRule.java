package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.ParsedStatement.CreateIndex;
import dev.shale.lint.sql.ParsedStatement.DropIndex;
import dev.shale.lint.sql.ParsedStatement.Maintenance;

/**
 * SH308: CONCURRENTLY cannot run inside a transaction block. That includes an explicit BEGIN, and
 * also a migration file with other statements: Prisma sends {@code migration.sql} as one
 * multi-statement query, which PostgreSQL runs as one implicit transaction. Such a statement must be
 * alone in its migration, or the migration marked {@code -- shale:no-transaction} for Shale's runner.
 */
public final class ConcurrentlyInTransactionRule extends BaseStatementRule {
    public ConcurrentlyInTransactionRule() {
        super("SH308", Severity.ERROR, "CONCURRENTLY inside a transaction");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        ParsedStatement p = s.statement().parsed();
        boolean concurrently = (p instanceof CreateIndex i && i.concurrently())
                || (p instanceof DropIndex d && d.concurrently())
                || (p instanceof Maintenance m && m.concurrently());
        if (!concurrently) {
            return;
        }
        if (s.inTransactionBlock()) {
            findings.report(s.position(), "", "`" + s.statement().summary()
                    + "` runs inside BEGIN ... COMMIT: PostgreSQL refuses CONCURRENTLY in a transaction block",
                    "remove BEGIN/COMMIT around it and put it in a migration of its own marked `-- shale:no-transaction`");
            return;
        }
        long others = s.migration().script().statements().stream()
                .filter(o -> !(o.parsed() instanceof ParsedStatement.SetParameter)).count() - 1;
        if (others > 0 && !s.migration().script().runsOutsideTransaction()) {
            findings.report(s.position(), "", "`" + s.statement().summary() + "` shares its migration with " + others
                    + " other statement" + (others == 1 ? "" : "s")
                    + ": the file runs as one transaction, where PostgreSQL refuses CONCURRENTLY",
                    "move it to a migration of its own, or mark this migration `-- shale:no-transaction` "
                            + "(Shale's runner then applies it statement by statement)");
        }
    }
}
