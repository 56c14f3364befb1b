package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.TypeChange;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backfill: the columns the expand phase added, filled in batches of a few thousand rows, each
 * batch its own short transaction (never one UPDATE of the whole table). {@code migration.sql}
 * runs the batches at deploy; {@code backfill.sql} is one batch, to run ahead of the deploy until it
 * changes no row (then the migration finds nothing left to do).
 */
final class BackfillStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<Backfill> backfills = backfills(ctx);
        if (backfills.isEmpty()) {
            return;
        }
        int batch = ctx.options.batchSize();
        Script script = new Script();
        if (ctx.kind() == DatabaseKind.POSTGRESQL) {
            script.directive("no-transaction");
            script.comment("Fills the new columns in batches of " + batch + " rows, walking the primary key. Each batch commits\n"
                    + "on its own (PostgreSQL 11+), so locks stay short and a failure loses at most one batch. Safe to run\n"
                    + "again: it only touches rows still to fill. It is the only statement of this file, because a DO block\n"
                    + "can only commit when it runs on its own.");
        } else if (ctx.kind() == DatabaseKind.MYSQL) {
            script.comment("Fills the new columns in batches of " + batch + " rows: a procedure repeats a LIMITed UPDATE (each\n"
                    + "one committed on its own) until it changes no row, then is dropped. Safe to run again.");
        } else {
            script.comment("Fills the new columns. SQLite has no server-side loop, so this is one statement per column: on a\n"
                    + "large database, run backfill.sql (one batch) repeatedly before deploying, and this finds nothing left.");
        }
        script.statements(ctx.sql.backfillMigration(backfills, batch));

        StringBuilder batchFile = new StringBuilder();
        batchFile.append("-- One batch of the backfill of migration ").append(PlanWriter.THIS_FOLDER).append(".\n")
                .append("-- Run it again and again (each run is one short transaction) until it changes no row,\n")
                .append("-- then deploy the migration, which finds nothing left to fill.\n");
        for (Backfill b : backfills) {
            batchFile.append("\n-- ").append(Names.column(b.table(), b.target())).append(": ").append(b.why()).append('\n');
            batchFile.append(ctx.sql.backfillBatch(b, batch)).append(";\n");
        }

        Readme.Builder r = new Readme.Builder("Backfill: fill the new columns in batches");
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Backfill b : backfills) {
            r.what("- " + Names.column(b.table(), b.target()) + " = `" + b.expression().replace("`", "'") + "` where `"
                    + b.condition() + "`: " + b.why() + ".");
            tables.put(b.table().name(), b.table());
        }
        r.what("Batches of " + batch + " rows, each committed on its own; only rows still to fill are touched, so it can "
                + "be stopped and run again. A row whose value comes out NULL is left alone (and reported by the checks "
                + "below) instead of being retried forever.");
        for (Table t : tables.values()) {
            r.data(ctx.data.sizeNote(t));
            String batches = ctx.data.batches(t, batch);
            if (!batches.isEmpty()) {
                r.data(batches);
            }
        }
        r.deploy("After the expand migration and the application release that writes the new columns, so that no new "
                + "row is left empty behind the backfill. On a large table, run `backfill.sql` ahead (again and again, "
                + "at a quiet hour, until it changes no row): the deploy then has nothing left to do.");
        if (ctx.kind() == DatabaseKind.POSTGRESQL) {
            r.deploy("With `shale migrate deploy` it runs outside a transaction (`-- shale:no-transaction`), batch by "
                    + "batch; `prisma migrate deploy` runs it too (it is one statement).");
        }
        for (Backfill b : backfills) {
            r.verify("No row is left to fill in " + Names.column(b.table(), b.target()) + " (expect 0):");
            r.verify(Readme.sql(Checks.count(ctx, b.table(), b.condition())));
        }
        r.rollback("The backfill only writes the new columns, which nothing reads yet: there is nothing to undo. If it "
                + "failed part-way (a conversion error, a timeout), fix the cause and run it again: rows already filled "
                + "are skipped. To clear it: `shale migrate resolve --rolled-back <this folder>` and deploy again.");
        ctx.add(new PlannedMigration("backfill", script.build(), Optional.of(batchFile.toString()), r.build()));
    }

    /** The columns to fill, with their value; a value nobody gave is reported as missing. */
    static List<Backfill> backfills(PlanContext ctx) {
        List<Backfill> out = new ArrayList<>();
        for (Change.RequiredColumnAdded c : ctx.changes(Change.RequiredColumnAdded.class)) {
            String col = c.column().name();
            Optional<String> value = ctx.backfillValue(c.table(), col);
            if (value.isEmpty()) {
                ctx.missing(new SafePlan.MissingValue(c.table().name() + "." + col, ctx.typeOf(c.column()),
                        "required column added: the rows already in `" + c.table().name() + "` need a value", renameHint(ctx, c)));
            }
            out.add(new Backfill(ctx.edit().table(c.table()), col, value.orElse("NULL"), ctx.sql.isNull(col),
                    keys(ctx, c.table()), "the new required column, for the rows that existed before it"));
        }
        for (Change.ColumnMadeRequired c : ctx.changes(Change.ColumnMadeRequired.class)) {
            String col = c.to().name();
            Optional<String> value = ctx.backfillValue(c.table(), col);
            if (value.isEmpty() && c.to().defaultValue() != null && ctx.kind() != DatabaseKind.SQLITE) {
                value = Optional.of("DEFAULT");
            }
            if (value.isEmpty()) {
                ctx.missing(new SafePlan.MissingValue(c.table().name() + "." + col, ctx.typeOf(c.to()),
                        "column made required: rows holding NULL need a value", ""));
            }
            out.add(new Backfill(ctx.edit().table(c.table()), col, value.orElse("NULL"), ctx.sql.isNull(col),
                    keys(ctx, c.table()), "the rows holding NULL, before the column becomes required"));
        }
        for (Change.ColumnTypeChanged c : ctx.changes(Change.ColumnTypeChanged.class)) {
            out.add(typeChangeBackfill(ctx, c));
        }
        return out;
    }

    static Backfill typeChangeBackfill(PlanContext ctx, Change.ColumnTypeChanged c) {
        String old = c.from().name();
        String next = ctx.newColumn(c);
        Optional<String> value = ctx.backfillValue(c.table(), old);
        if (value.isEmpty() && c.cast() != TypeChange.NOT_CASTABLE) {
            value = Optional.ofNullable(ctx.sql.conversion(c.from(), c.to(), ctx.typeOf(c.to())));
        }
        if (value.isEmpty()) {
            ctx.missing(new SafePlan.MissingValue(c.table().name() + "." + old, ctx.typeOf(c.to()),
                    "type change without a cast from " + ctx.typeOf(c.from()) + ": give the conversion of the old value", ""));
        }
        String why = c.cast() == TypeChange.RISKY_CAST
                ? "the old values converted to the new type (the conversion can fail or lose precision on some values)"
                : "the old values converted to the new type";
        return new Backfill(ctx.edit().table(c.table()), next, value.orElse("NULL"),
                ctx.sql.isNull(next) + " AND " + ctx.sql.quote(old) + " IS NOT NULL", keys(ctx, c.table()), why);
    }

    /**
     * A removed column of the same type in the same table: the change may be a rename, whose data the
     * plan can copy ({@code --backfill 'User.name="fullname"'}), or better, keep with {@code @map}.
     */
    private static String renameHint(PlanContext ctx, Change.RequiredColumnAdded added) {
        return ctx.changes(Change.ColumnRemoved.class).stream()
                .filter(r -> Unplannable.sameTable(r.table(), added.table(), ctx.defaultNamespace)
                        && r.column().type().equals(added.column().type()))
                .findFirst()
                .map(r -> "it looks like a rename of `" + r.column().name() + "`: copy it with --backfill '"
                        + added.table().name() + "." + added.column().name() + "=" + ctx.sql.quote(r.column().name())
                        + "' (the old column is dropped at the end of the plan), or keep the column and its data with "
                        + "@map(\"" + r.column().name() + "\") on the renamed field")
                .orElse("");
    }

    private static List<String> keys(PlanContext ctx, Table table) {
        Table current = ctx.edit().table(table);
        return current.primaryKey() == null ? List.of() : current.primaryKey().columnNames();
    }
}
