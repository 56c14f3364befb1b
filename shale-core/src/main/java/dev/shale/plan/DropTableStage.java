package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.DropTable;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.List;
import java.util.Optional;

/**
 * Tables dropped: a manual plan. The drop itself is one statement; what makes it safe happens
 * before it, by hand: no code uses the table any more, a backup exists, nothing reads it. The README
 * spells those steps and checks out, and the lint finding for the drop is acknowledged in the file,
 * pointing at them.
 */
final class DropTableStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<Change.TableDropped> drops = ctx.changes(Change.TableDropped.class);
        if (drops.isEmpty()) {
            return;
        }
        SchemaEditor e = ctx.edit();
        drops.forEach(d -> e.removeTable(d.table()));
        SqlSchema next = e.build();
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries on the tables to drop.").statements(timeouts);
        }
        script.comment("backup: take one of each table before deploying (see README.md).");
        script.rendered(ctx.render(ctx.diff(ctx.state(), next), (step, s) -> step instanceof DropTable
                ? "-- shale:ignore SH203 planned drop: the README's checks (no reads, backup taken) come first\n" + s : s));
        Readme.Builder r = new Readme.Builder("Drop tables (manual steps first)");
        StringBuilder backup = new StringBuilder();
        for (Change.TableDropped d : drops) {
            Table t = d.table();
            DataAnswer<Long> rows = ctx.data.rows(t);
            r.what("- Drops " + Names.quote(t.name()) + (rows.known() ? " and its " + rows.about() + PlanData.count(rows.value())
                    + " rows" : " and all its rows") + ".");
            r.data(ctx.data.sizeNote(t));
            backup.append(switch (ctx.kind()) {
                case POSTGRESQL -> "pg_dump --table='" + ctx.sql.table(t).replace("'", "'\\''") + "' --format=custom "
                        + "--file=" + t.name() + ".dump \"$DATABASE_URL\"\n";
                case MYSQL -> "mysqldump \"$DATABASE\" " + t.name() + " > " + t.name() + ".sql\n";
                case SQLITE -> "sqlite3 dev.db \".dump " + t.name() + "\" > " + t.name() + ".sql\n";
            });
        }
        r.deploy("Manual steps, in order:\n\n"
                + "1. Deploy the application release without the model(s), and wait until no older instance runs "
                + "(workers and scheduled jobs too).\n"
                + "2. Check that nothing reads the table any more" + (ctx.kind() == DatabaseKind.POSTGRESQL
                        ? ": the scan counters below must stop growing over a day" : "") + ".\n"
                + "3. Take a backup of each table:\n\n   ```\n   " + backup.toString().strip().replace("\n", "\n   ")
                + "\n   ```\n"
                + "4. Deploy this migration.");
        if (ctx.kind() == DatabaseKind.POSTGRESQL) {
            for (Change.TableDropped d : drops) {
                r.verify("Before: reads of " + Names.quote(d.table().name()) + " since the statistics were reset (run twice, a "
                        + "day apart; the numbers must not change):");
                r.verify(Readme.sql("SELECT seq_scan, idx_scan, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables "
                        + "WHERE relname = '" + d.table().name() + "';"));
            }
        }
        r.verify("After: `shale migrate status` lists it as applied, and the table is gone.");
        r.rollback("Restore each table from its backup (the reverse of the table's creation is below; the data comes from "
                + "the backup only):");
        r.rollback(Readme.sql(ctx.render(ctx.diff(next, ctx.state()))));
        ctx.add(new PlannedMigration("drop_tables", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
