package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.AddForeignKey;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Foreign keys on existing tables, after the backfill and the indexes they may need. PostgreSQL:
 * added {@code NOT VALID} (new rows are checked at once, old ones not), then validated in a
 * migration of its own, under a lock that lets reads and writes go on. MySQL and SQLite cannot add
 * a key without checking every row; they add it plainly, and the README says so.
 */
final class ForeignKeyStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<Change.ForeignKeyAdded> keys = new ArrayList<>(ctx.changes(Change.ForeignKeyAdded.class));
        keys.addAll(ctx.deferredForeignKeys());
        if (keys.isEmpty()) {
            return;
        }
        SchemaEditor e = ctx.edit();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Change.ForeignKeyAdded k : keys) {
            e.addForeignKey(k.table(), k.foreignKey());
            tables.put(k.table().name(), k.table());
        }
        SqlSchema next = e.build();
        List<MigrationStep> steps = ctx.diff(ctx.state(), next);
        boolean unvalidated = ctx.sql.unvalidatedConstraints();
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries on the tables involved.").statements(timeouts);
        }
        script.rendered(unvalidated
                ? ctx.render(steps, (step, s) -> step instanceof AddForeignKey ? ctx.sql.addForeignKeyUnvalidated(s) : s)
                : ctx.render(steps));

        Readme.Builder r = new Readme.Builder(unvalidated ? "Foreign keys: add them without checking the existing rows"
                : "Foreign keys: add them");
        for (Change.ForeignKeyAdded k : keys) {
            ForeignKey fk = k.foreignKey();
            r.what("- " + Names.quote(fk.name()) + ": " + Names.quote(k.table().name()) + " ("
                    + String.join(", ", fk.columns()) + ") references " + Names.quote(fk.referencedTable()) + " ("
                    + String.join(", ", fk.referencedColumns()) + ").");
        }
        if (unvalidated) {
            r.what("`NOT VALID` adds each key at once: rows written from now on are checked, the rows already there are "
                    + "checked by the next migration, which does not block writes.");
        } else if (ctx.kind() == DatabaseKind.MYSQL) {
            r.what("MySQL and MariaDB have no `NOT VALID`: adding a foreign key checks every row, and with foreign key checks on "
                    + "the table is copied (`ALGORITHM=COPY`), blocking writes meanwhile. Check for orphans first (below); "
                    + "for a very large table consider an online schema change tool (gh-ost, pt-online-schema-change).");
        } else {
            r.what("SQLite declares foreign keys in CREATE TABLE: the table is rebuilt with the key and its rows copied, "
                    + "and `PRAGMA foreign_key_check` reports rows that break it.");
        }
        tables.values().forEach(t -> r.data(ctx.data.sizeNote(t)));
        r.deploy("After the backfill (a key on a new column must see its final values) and the indexes.");
        for (Change.ForeignKeyAdded k : keys) {
            r.verify("Rows that break " + Names.quote(k.foreignKey().name()) + " (expect 0; fix them before "
                    + (unvalidated ? "the validation" : "deploying") + "):");
            r.verify(Readme.sql(orphans(ctx, k.table(), k.foreignKey())));
        }
        StringBuilder back = new StringBuilder();
        for (Change.ForeignKeyAdded k : keys) {
            back.append(dropKey(ctx, k.table(), k.foreignKey())).append(";\n");
        }
        r.rollback(Readme.sql(back.toString()));
        r.rollback("Then `shale migrate resolve --rolled-back <this folder>`.");
        ctx.add(new PlannedMigration("add_foreign_keys", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
        if (unvalidated) {
            validate(ctx, keys, tables);
        }
    }

    private static void validate(PlanContext ctx, List<Change.ForeignKeyAdded> keys, Map<String, Table> tables) {
        Script script = new Script();
        script.comment("VALIDATE CONSTRAINT reads the whole table but only takes a SHARE UPDATE EXCLUSIVE lock: reads and\n"
                + "writes go on. The statement timeout is long because the scan takes as long as the table is big.");
        script.statements(ctx.timeouts(true, true));
        script.next();
        for (Change.ForeignKeyAdded k : keys) {
            script.statement(ctx.sql.validateConstraint(k.table(), k.foreignKey().name()));
        }
        Readme.Builder r = new Readme.Builder("Foreign keys: validate the existing rows");
        r.what("Checks the rows that were there before the keys were added `NOT VALID`. Reads and writes go on meanwhile.");
        tables.values().forEach(t -> r.data(ctx.data.sizeNote(t)));
        r.deploy("After the migration that added the keys, at a quiet time on a large table (the scan reads it all).");
        for (Change.ForeignKeyAdded k : keys) {
            r.verify(Readme.sql(Checks.constraint(ctx, k.table(), k.foreignKey().name())) + "\n\n`convalidated` is true.");
        }
        r.rollback("If rows break a key the validation fails and changes nothing: the key stays `NOT VALID`, still checking new "
                + "rows. Fix the rows (the query in the previous migration's README finds them), then "
                + "`shale migrate resolve --rolled-back <this folder>` and deploy again.");
        ctx.add(new PlannedMigration("validate_foreign_keys", script.build(), Optional.empty(), r.build()));
    }

    private static String orphans(PlanContext ctx, Table table, ForeignKey fk) {
        String child = ctx.sql.table(table);
        String parent = fk.referencedNamespace() == null || ctx.kind() != DatabaseKind.POSTGRESQL
                ? ctx.sql.quote(fk.referencedTable())
                : ctx.sql.quote(fk.referencedNamespace()) + "." + ctx.sql.quote(fk.referencedTable());
        StringBuilder on = new StringBuilder();
        StringBuilder notNull = new StringBuilder();
        for (int i = 0; i < fk.columns().size(); i++) {
            on.append(i > 0 ? " AND " : "").append("p.").append(ctx.sql.quote(fk.referencedColumns().get(i))).append(" = c.")
                    .append(ctx.sql.quote(fk.columns().get(i)));
            notNull.append(" AND c.").append(ctx.sql.quote(fk.columns().get(i))).append(" IS NOT NULL");
        }
        return "SELECT count(*) FROM " + child + " c\nWHERE NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + on + ")"
                + notNull + ";";
    }

    private static String dropKey(PlanContext ctx, Table table, ForeignKey fk) {
        return switch (ctx.kind()) {
            case POSTGRESQL -> "ALTER TABLE " + ctx.sql.table(table) + " DROP CONSTRAINT " + ctx.sql.quote(fk.name());
            case MYSQL -> "ALTER TABLE " + ctx.sql.table(table) + " DROP FOREIGN KEY " + ctx.sql.quote(fk.name());
            case SQLITE -> "-- SQLite: rebuild " + ctx.sql.table(table) + " without the key (shale migrate diff writes it)";
        };
    }
}
