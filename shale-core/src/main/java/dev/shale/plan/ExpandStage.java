package dev.shale.plan;

import dev.shale.diff.MigrationStep;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expand: everything the old and the new application can live with side by side. A new required
 * column is added nullable, a type change gets its new column beside the old one, a column to
 * remove is made nullable so the release that stops writing it keeps working.
 */
final class ExpandStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        SchemaEditor e = ctx.edit();
        Readme.Builder r = new Readme.Builder("Expand: add the new columns as nullable, relax the ones to remove");
        Map<String, Table> touched = new LinkedHashMap<>();
        Map<Table, List<String>> checked = new LinkedHashMap<>();
        List<String> apps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Change.RequiredColumnAdded c : ctx.changes(Change.RequiredColumnAdded.class)) {
            e.putColumn(c.table(), c.column().withArity(Arity.NULLABLE));
            r.what("- Adds " + Names.column(c.table(), c.column().name()) + " as a nullable column: added NOT NULL without a "
                    + "default it would fail on the rows already there. The backfill fills it; a later migration makes it "
                    + "required.");
            apps.add("- writes `" + c.column().name() + "` of `" + c.table().name() + "` on every create (in that release's "
                    + "Prisma schema the field is still optional, with `?`);");
            touched.put(c.table().name(), c.table());
            checked.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.column().name());
        }
        for (Change.ColumnTypeChanged c : ctx.changes(Change.ColumnTypeChanged.class)) {
            String next = ctx.newColumn(c);
            Arity arity = c.to().arity() == Arity.LIST ? Arity.LIST : Arity.NULLABLE;
            e.putColumn(c.table(), new Column(next, c.to().type(), arity, null, false));
            r.what("- Adds " + Names.column(c.table(), next) + " (" + ctx.typeOf(c.to()) + ") beside "
                    + Names.column(c.table(), c.from().name()) + " (" + ctx.typeOf(c.from()) + "): it takes the new type. "
                    + "The backfill copies the converted values into it; the switch renames it to `" + c.from().name() + "`.");
            notes.add("The application running now keeps using `" + c.from().name() + "` of `" + c.table().name()
                    + "` (it does not know `" + next + "`). Rows it inserts after the backfill are caught up by the switch; "
                    + "values it changes in `" + c.from().name() + "` after the backfill are not, so avoid such updates "
                    + "between the backfill and the switch, or write both columns.");
            touched.put(c.table().name(), c.table());
            checked.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(next);
        }
        for (Change.ColumnRemoved c : ctx.changes(Change.ColumnRemoved.class)) {
            if (c.column().isRequired()) {
                e.putColumn(c.table(), c.column().withArity(Arity.NULLABLE));
                r.what("- Makes " + Names.column(c.table(), c.column().name()) + " nullable, so the release that stops "
                        + "writing it keeps working; the column is dropped in a later migration.");
                touched.put(c.table().name(), c.table());
                checked.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.column().name());
            }
            apps.add("- no longer reads or writes `" + c.column().name() + "` of `" + c.table().name()
                    + "` (the field is gone from that release's Prisma schema);");
        }
        SqlSchema next = e.build();
        List<MigrationStep> steps = ctx.diff(ctx.state(), next);
        if (steps.isEmpty()) {
            ctx.moveTo(next);
            return;
        }
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries: every statement here only needs a brief lock.")
                    .statements(timeouts);
        }
        script.rendered(ctx.render(steps));
        touched.values().forEach(t -> r.data(ctx.data.sizeNote(t)));
        r.deploy("After the migrations before it. It takes brief locks only (no table rewrite, no scan), and the "
                + "application running now keeps working.");
        if (!apps.isEmpty()) {
            r.deploy("Then deploy the application release that:\n\n" + String.join("\n", apps));
        }
        notes.forEach(r::deploy);
        checked.forEach((table, cols) -> r.verify(Readme.sql(Checks.columns(ctx, table, cols))));
        String back = ctx.render(ctx.diff(next, ctx.state()));
        r.rollback("Nothing has been written to the new columns yet, so reversing loses nothing but what was backfilled:");
        r.rollback(Readme.sql(back));
        r.rollback("(making a relaxed column NOT NULL again fails if NULLs were written since.) Then "
                + "`shale migrate resolve --rolled-back <this folder>`.");
        ctx.add(new PlannedMigration("expand", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
