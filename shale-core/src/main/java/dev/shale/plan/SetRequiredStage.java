package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Set required: NOT NULL on the columns the plan filled. PostgreSQL: a {@code CHECK (col IS NOT NULL)}
 * added NOT VALID, validated (a scan that lets writes go on), then SET NOT NULL, which trusts the
 * validated check and skips its own scan, then the check is dropped; each statement in its own
 * transaction ({@code -- shale:no-transaction}) so no lock is held during the scan. Elsewhere the
 * differ's statement, after the same catch-up.
 */
final class SetRequiredStage implements Stage {
    private record Column2(Table table, String column, Backfill catchUp, String why) {}

    @Override
    public void build(PlanContext ctx) {
        List<Column2> columns = new ArrayList<>();
        List<Backfill> backfills = BackfillStage.backfills(ctx);
        for (Backfill b : backfills) {
            if (ctx.typeChange(b.table(), originalOf(ctx, b)).isEmpty()) {
                columns.add(new Column2(b.table(), b.target(), b, "filled by the backfill"));
            }
        }
        for (Change.ColumnTypeChanged c : ctx.changes(Change.ColumnTypeChanged.class)) {
            if (c.to().arity() == Arity.REQUIRED) {
                columns.add(new Column2(c.table(), c.from().name(), null, "the switched column"));
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        SchemaEditor e = ctx.edit();
        for (Column2 c : columns) {
            Column current = e.table(c.table()).column(c.column()).orElseThrow();
            e.putColumn(c.table(), current.withArity(Arity.REQUIRED));
        }
        SqlSchema next = e.build();
        Script script = new Script();
        boolean postgres = ctx.kind() == DatabaseKind.POSTGRESQL;
        if (postgres) {
            script.directive("no-transaction");
            script.comment("Each statement runs in its own transaction (Shale's runner), so no lock is held while the checks\n"
                    + "scan the table. The statement timeout is long because validating reads the whole table.");
            script.statements(ctx.timeouts(false, true)).next();
        } else if (!ctx.timeouts(false, false).isEmpty()) {
            script.comment("Give up rather than queue behind long queries on the tables involved.")
                    .statements(ctx.timeouts(false, false)).next();
        }
        for (Column2 c : columns) {
            if (c.catchUp() != null) {
                script.comment("Catch up the rows written since the backfill, so the column can become required.")
                        .statement(ctx.sql.catchUp(c.catchUp())).next();
            }
        }
        if (postgres) {
            for (Column2 c : columns) {
                String check = Names.identifier(ctx.dialect.capabilities().maxIdentifierLength(), c.table().name(), c.column(),
                        "not_null");
                script.comment("SET NOT NULL on " + Names.column(c.table(), c.column()) + " without a long lock.")
                        .statements(ctx.sql.setNotNullWithoutScanLock(c.table(), c.column(), check)).next();
            }
        } else {
            script.rendered(ctx.render(ctx.diff(ctx.state(), next)));
        }
        Readme.Builder r = new Readme.Builder("Set required: make the filled columns NOT NULL");
        for (Column2 c : columns) {
            r.what("- " + Names.column(c.table(), c.column()) + " becomes required (" + c.why() + ").");
            r.data(ctx.data.sizeNote(c.table()));
            DataAnswer<Long> nulls = ctx.data.nulls(c.table(), c.column());
            if (nulls.known()) {
                r.data("`" + c.table().name() + "`.`" + c.column() + "` holds NULL in " + nulls.about() + PlanData.count(nulls.value())
                        + " rows now (before the earlier phases of this plan ran" + (nulls.how().isEmpty() ? "" : ", " + nulls.how())
                        + ").");
            }
            r.verify(Readme.sql(Checks.columns(ctx, c.table(), List.of(c.column()))));
        }
        switch (ctx.kind()) {
            case POSTGRESQL -> r.what("PostgreSQL's SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock unless a "
                    + "validated `CHECK (col IS NOT NULL)` proves it: the check is added `NOT VALID` (a brief lock), validated "
                    + "(reads and writes go on), then SET NOT NULL skips its scan and the check is dropped. With Shale's runner "
                    + "each statement commits on its own (`-- shale:no-transaction`); Prisma's runner applies the file as one "
                    + "transaction, which is correct but holds the lock through the validation.");
            case MYSQL -> r.what("MySQL and MariaDB rebuild the table to make a column NOT NULL (in place, with reads and "
                    + "writes going on, in strict SQL mode); there is no check-constraint shortcut.");
            case SQLITE -> r.what("SQLite rebuilds the table to make a column NOT NULL (the differ's redefinition, which copies "
                    + "the rows); writers wait meanwhile.");
        }
        r.deploy("After the backfill has finished (its check returns 0) and once no instance of an application release that "
                + "leaves these columns empty is running.");
        r.rollback("If a NULL remains, the validation fails and the column stays nullable" + (postgres
                ? "; a `NOT VALID` check may be left behind: drop it (`ALTER TABLE ... DROP CONSTRAINT IF EXISTS ...`)" : "")
                + ", fill the rows, `shale migrate resolve --rolled-back <this folder>` and deploy again.");
        r.rollback(switch (ctx.kind()) {
            case POSTGRESQL -> "To undo it after it applied: `ALTER TABLE ... ALTER COLUMN ... DROP NOT NULL` (instant).";
            case MYSQL -> "To undo it after it applied: `ALTER TABLE ... MODIFY ... NULL` (rebuilds the table online).";
            case SQLITE -> "To undo it after it applied: rebuild the table with the column nullable (`shale migrate diff` writes it).";
        });
        ctx.add(new PlannedMigration("set_required", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }

    /** The column a backfill is about in the schema's terms (a type change fills its new column). */
    private static String originalOf(PlanContext ctx, Backfill b) {
        for (Change.ColumnTypeChanged c : ctx.changes(Change.ColumnTypeChanged.class)) {
            if (ctx.newColumn(c).equals(b.target()) && Unplannable.sameTable(c.table(), b.table(), ctx.defaultNamespace)) {
                return c.from().name();
            }
        }
        return b.target();
    }
}
