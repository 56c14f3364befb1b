package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contract: the columns the application no longer uses are dropped (removed columns, made nullable
 * by the expand phase, and the old columns of type changes), then the temporary indexes of the new
 * columns take their final names.
 */
final class ContractStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        Map<Table, List<String>> drops = new LinkedHashMap<>();
        for (Change.ColumnRemoved c : ctx.changes(Change.ColumnRemoved.class)) {
            drops.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.column().name());
        }
        for (Change.ColumnTypeChanged c : ctx.changes(Change.ColumnTypeChanged.class)) {
            drops.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(ctx.oldColumn(c));
        }
        if (drops.isEmpty()) {
            return;
        }
        SchemaEditor e = ctx.edit();
        for (Map.Entry<Table, List<String>> d : drops.entrySet()) {
            for (Index index : e.table(d.getKey()).indexes()) {
                if (index.columnNames().stream().anyMatch(d.getValue()::contains)) {
                    e.removeIndex(d.getKey(), index.name());
                }
            }
            d.getValue().forEach(col -> e.removeColumn(d.getKey(), col));
        }
        SqlSchema dropped = e.build();
        SchemaEditor renames = new SchemaEditor(dropped, ctx.defaultNamespace);
        for (Table t : drops.keySet()) {
            for (String[] temp : ctx.temporaryIndexes(t)) {
                Index index = renames.table(t).indexes().stream().filter(i -> i.name().equals(temp[0])).findFirst().orElseThrow();
                renames.removeIndex(t, temp[0]).addIndex(t, new Index(temp[1], index.kind(), index.columns(), index.algorithm(),
                        index.predicate()));
            }
        }
        SqlSchema next = renames.build();
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries: dropping a column needs a brief exclusive lock.")
                    .statements(timeouts);
        }
        script.comment("backup: take one before deploying (see README.md), the dropped columns cannot be recovered otherwise.");
        script.rendered(ctx.render(ctx.diff(ctx.state(), dropped)));
        script.rendered(ctx.render(ctx.diff(dropped, next)));

        Readme.Builder r = new Readme.Builder("Contract: drop the columns the application no longer uses");
        StringBuilder backup = new StringBuilder();
        for (Map.Entry<Table, List<String>> d : drops.entrySet()) {
            Table t = d.getKey();
            r.what("- Drops " + String.join(", ", d.getValue().stream().map(c -> Names.column(t, c)).toList()) + ".");
            r.data(ctx.data.sizeNote(t));
            String key = t.primaryKey() == null ? "*" : String.join(", ", t.primaryKey().columnNames().stream().map(ctx.sql::quote).toList());
            String cols = String.join(", ", d.getValue().stream().map(ctx.sql::quote).toList());
            backup.append(switch (ctx.kind()) {
                case POSTGRESQL -> "\\copy (SELECT " + key + ", " + cols + " FROM " + ctx.sql.table(t) + ") TO '" + t.name()
                        + "_dropped_columns.csv' CSV HEADER\n";
                case MYSQL -> "SELECT " + key + ", " + cols + " FROM " + ctx.sql.table(t) + " INTO OUTFILE '/tmp/" + t.name()
                        + "_dropped_columns.csv';\n";
                case SQLITE -> ".once " + t.name() + "_dropped_columns.csv\nSELECT " + key + ", " + cols + " FROM "
                        + ctx.sql.table(t) + ";\n";
            });
        }
        List<String[]> temps = drops.keySet().stream().flatMap(t -> ctx.temporaryIndexes(t).stream()).toList();
        for (String[] temp : temps) {
            r.what("- Renames the index " + Names.quote(temp[0]) + " to " + Names.quote(temp[1]) + " (the old column's index of "
                    + "that name went with it).");
        }
        r.what("Dropping a column only changes the catalog (no rewrite); the lock it takes is brief.");
        r.deploy("Last, and only when no running instance of the application reads or writes these columns any more: after "
                + "the release without the removed fields (and, for a type change, the release deployed with the switch) "
                + "has been live everywhere, including workers and scheduled jobs.");
        r.deploy("Take a backup of the columns first (the lint rule SH703 asks for it), for example:");
        r.deploy("```\n" + backup.toString().strip() + "\n```");
        for (Map.Entry<Table, List<String>> d : drops.entrySet()) {
            r.verify("The columns are gone (expect no row):");
            r.verify(Readme.sql(Checks.columns(ctx, d.getKey(), d.getValue())));
        }
        r.rollback("The data of a dropped column is gone: add the column back (the reverse of this migration below) and load "
                + "it from the backup. Reverse statements:");
        r.rollback(Readme.sql((ctx.render(ctx.diff(next, dropped)) + "\n" + ctx.render(ctx.diff(dropped, ctx.state()))).strip()));
        if (ctx.kind() == DatabaseKind.SQLITE) {
            r.what("SQLite drops a column by rebuilding the table (the differ's redefinition); writers wait meanwhile.");
        }
        ctx.add(new PlannedMigration("drop_columns", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
