package dev.shale.plan;

import dev.shale.diff.DiffSummary;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordinary migration: the target state with every unsafe change undone, so the differ's steps
 * from the migrations' state to it are exactly the safe part of the change, written as
 * {@code migrate dev --create-only} writes them (with timeouts on top where they lock an existing
 * table).
 */
final class SafeStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        SchemaEditor e = new SchemaEditor(ctx.to, ctx.defaultNamespace);
        for (Change c : ctx.changes) {
            undo(ctx, e, c);
        }
        SqlSchema safe = deferUnreadyForeignKeys(ctx, e.build());
        List<MigrationStep> steps = ctx.diff(ctx.from, safe);
        if (!steps.isEmpty()) {
            ctx.add(new PlannedMigration("", script(ctx, steps), java.util.Optional.empty(), readme(ctx, steps, safe)));
        }
        ctx.moveTo(safe);
    }

    private static void undo(PlanContext ctx, SchemaEditor e, Change change) {
        if (change instanceof Change.RequiredColumnAdded r) {
            e.removeColumn(r.table(), r.column().name());
        } else if (change instanceof Change.ColumnMadeRequired m) {
            e.putColumn(m.table(), m.to().withArity(Arity.NULLABLE));
        } else if (change instanceof Change.ColumnRemoved c) {
            e.putColumn(c.table(), c.column());
            // The old application may still query by it: its indexes stay until the column goes.
            for (Index index : c.table().indexes()) {
                boolean kept = e.table(c.table()).indexes().stream().anyMatch(i -> i.name().equals(index.name()));
                if (index.columnNames().contains(c.column().name()) && !kept) {
                    e.addIndex(c.table(), index);
                }
            }
        } else if (change instanceof Change.ColumnTypeChanged t) {
            e.putColumn(t.toTable(), t.from());
        } else if (change instanceof Change.IndexAdded i) {
            e.removeIndex(i.table(), i.index().name());
        } else if (change instanceof Change.ForeignKeyAdded f) {
            e.removeForeignKey(f.table(), f.foreignKey());
            // A key that only changes with its columns' types stays as it was until then.
            ctx.from.tables().stream().filter(t -> Unplannable.sameTable(t, f.table(), ctx.defaultNamespace)).findFirst()
                    .flatMap(t -> t.foreignKeys().stream().filter(k -> java.util.Objects.equals(k.name(), f.foreignKey().name()))
                            .findFirst())
                    .ifPresent(old -> e.addForeignKey(f.table(), old));
        } else if (change instanceof Change.TableDropped d) {
            e.putTable(d.table());
        } else if (change instanceof Change.EnumValuesRemoved r) {
            List<String> values = new ArrayList<>(r.from().values());
            r.to().values().stream().filter(v -> !values.contains(v)).forEach(values::add);
            if (ctx.dialect.capabilities().has(dev.shale.dialect.Capability.ENUMS)) {
                e.putEnum(new EnumType(r.to().namespace(), r.to().name(), values));
            } else {
                for (Change.EnumValuesRemoved.UsedBy used : r.columns()) {
                    Column c = used.column();
                    e.putColumn(used.table(), c.withType(dev.shale.sql.ColumnType.enumType(
                            new EnumRef(c.type().enumRef().namespace(), c.type().enumRef().name(), values))));
                }
            }
        } else if (change instanceof Change.PrimaryKeyChanged p) {
            e.primaryKey(p.toTable(), p.table().primaryKey());
        }
    }

    /**
     * A foreign key of a new table may point at a column whose unique index an unsafe change adds
     * later: it is added with the other foreign keys once that index exists.
     */
    private static SqlSchema deferUnreadyForeignKeys(PlanContext ctx, SqlSchema safe) {
        SchemaEditor e = new SchemaEditor(safe, ctx.defaultNamespace);
        boolean changed = false;
        for (Table t : safe.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!ForeignKeys.ready(safe, fk, ctx.defaultNamespace)) {
                    e.removeForeignKey(t, fk);
                    Table target = ctx.to.tables().stream().filter(x -> Unplannable.sameTable(x, t, ctx.defaultNamespace))
                            .findFirst().orElse(t);
                    ctx.deferForeignKey(new Change.ForeignKeyAdded(target, fk));
                    changed = true;
                }
            }
        }
        return changed ? e.build() : safe;
    }

    private static String script(PlanContext ctx, List<MigrationStep> steps) {
        String prisma = ctx.dialect.render(steps);
        if (!touchesExisting(ctx, steps)) {
            return prisma;
        }
        List<String> timeouts = ctx.timeouts(true, false);
        if (timeouts.isEmpty()) {
            return prisma;
        }
        StringBuilder lines = new StringBuilder("-- Give up rather than queue behind long queries on the existing tables (added by shale migrate plan).\n");
        timeouts.forEach(t -> lines.append(t).append(";\n"));
        lines.append('\n');
        int afterWarnings = prisma.startsWith("/*") ? prisma.indexOf("*/\n") + 3 : 0;
        return prisma.substring(0, afterWarnings) + lines + prisma.substring(afterWarnings);
    }

    /** True when a step changes a table that exists before the migration. */
    static boolean touchesExisting(PlanContext ctx, List<MigrationStep> steps) {
        Set<String> existing = new HashSet<>();
        ctx.state().tables().forEach(t -> existing.add(Names.key(t, ctx.defaultNamespace)));
        for (MigrationStep step : steps) {
            Table table = StepTables.table(step);
            if (table == null ? !StepTables.isCreation(step) : existing.contains(Names.key(table, ctx.defaultNamespace))) {
                return true;
            }
        }
        return false;
    }

    private static Readme readme(PlanContext ctx, List<MigrationStep> steps, SqlSchema safe) {
        Readme.Builder r = new Readme.Builder("Ordinary migration: the safe part of the change");
        r.what("The changes that neither break the running application nor lock a filled table for long, exactly as "
                + "`migrate dev --create-only` writes them" + (touchesExisting(ctx, steps) ? " (with a lock timeout on top)" : "")
                + ":");
        r.what("```text\n" + DiffSummary.render(steps).strip() + "\n```");
        if (!ctx.changes.isEmpty()) {
            r.what("The unsafe part of the change is taken apart in the migrations after this one.");
        }
        for (Table t : StepTables.existingTables(ctx, steps)) {
            r.data(ctx.data.sizeNote(t));
        }
        r.deploy("First, at any time: the application running now keeps working with it.");
        r.verify("`shale migrate status` lists it as applied.");
        String back = ctx.render(ctx.diff(safe, ctx.from));
        r.rollback("Before anything is written to what it adds, the reverse steps are:");
        r.rollback(Readme.sql(back.isEmpty() ? "-- nothing to undo" : back));
        r.rollback("Then mark it rolled back: `shale migrate resolve --rolled-back <this folder>`. Once data is written to "
                + "new tables or columns, reversing loses it: take a backup first.");
        return r.build();
    }
}
