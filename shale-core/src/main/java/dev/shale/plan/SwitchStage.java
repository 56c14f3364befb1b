package dev.shale.plan;

import dev.shale.diff.MigrationStep;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.SqlSchema;
import java.util.List;
import java.util.Optional;

/**
 * Switch: a type change's new column takes the old column's name. In one transaction the rows the
 * backfill missed are caught up, the old column is made nullable and renamed out of the way
 * ({@code price_old}), the new one renamed to {@code price} and given the column's default. The
 * application release built on the new schema is deployed with it.
 */
final class SwitchStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<Change.ColumnTypeChanged> changes = ctx.changes(Change.ColumnTypeChanged.class);
        if (changes.isEmpty()) {
            return;
        }
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries: the renames need a brief exclusive lock.")
                    .statements(timeouts).next();
        }
        Readme.Builder r = new Readme.Builder("Switch: the new column takes the old column's name");
        for (Change.ColumnTypeChanged c : changes) {
            Backfill b = BackfillStage.typeChangeBackfill(ctx, c);
            script.comment("Catch up the rows written since the backfill (only those, so this is quick).")
                    .statement(ctx.sql.catchUp(b)).next();
        }
        for (Change.ColumnTypeChanged c : changes) {
            String name = c.from().name();
            String old = ctx.oldColumn(c);
            String next = ctx.newColumn(c);
            SqlSchema relaxed = ctx.edit().putColumn(c.table(), ctx.edit().table(c.table()).column(name).orElseThrow()
                    .withArity(c.from().arity() == Arity.LIST ? Arity.LIST : Arity.NULLABLE)).build();
            script.rendered(ctx.render(ctx.diff(ctx.state(), relaxed)));
            ctx.moveTo(relaxed);
            script.comment("RenameColumn").statement(ctx.sql.renameColumn(c.table(), name, old))
                    .statement(ctx.sql.renameColumn(c.table(), next, name)).next();
            SqlSchema renamed = ctx.edit().renameColumn(c.table(), name, old).renameColumn(c.table(), next, name).build();
            ctx.moveTo(renamed);
            Column current = ctx.edit().table(c.table()).column(name).orElseThrow();
            SqlSchema withDefault = ctx.edit().putColumn(c.table(), new Column(name, c.to().type(), current.arity(),
                    c.to().defaultValue(), false)).build();
            List<MigrationStep> steps = ctx.diff(ctx.state(), withDefault);
            script.rendered(ctx.render(steps));
            ctx.moveTo(withDefault);
            r.what("- " + Names.column(c.table(), name) + " (" + ctx.typeOf(c.from()) + ") becomes " + Names.column(c.table(), old)
                    + ", nullable; " + Names.column(c.table(), next) + " (" + ctx.typeOf(c.to()) + ") becomes "
                    + Names.column(c.table(), name) + (c.to().defaultValue() != null ? " and gets the column's default" : "")
                    + ". " + Names.column(c.table(), old) + " keeps the old values until it is dropped.");
            r.data(ctx.data.sizeNote(c.table()));
            r.verify(Readme.sql(Checks.columns(ctx, c.table(), List.of(name, old))));
            r.verify("Rows the switch left empty (expect 0):");
            r.verify(Readme.sql(Checks.count(ctx, c.table(), ctx.sql.isNull(name) + " AND " + ctx.sql.quote(old) + " IS NOT NULL")));
            r.rollback(Readme.sql(ctx.sql.renameColumn(c.table(), name, next) + ";\n" + ctx.sql.renameColumn(c.table(), old, name)
                    + ";"));
        }
        r.what("Renames take a brief exclusive lock and touch no row; the catch-up before them fills the rows written since the "
                + "backfill.");
        r.deploy("Together with the application release built on the new schema: from this migration on, the column has "
                + "the new type under its old name, which is what that release's Prisma client reads and writes. The "
                + "release running before it stops working with the column when this is applied, so switch both in the "
                + "same deploy (migrations first, then the application), at a quiet time.");
        r.rollback("The renames above undo the switch (values written since are in the new column); then "
                + "`shale migrate resolve --rolled-back <this folder>` and roll the application back with it.");
        ctx.add(new PlannedMigration("switch", script.build(), Optional.empty(), r.build()));
    }
}
