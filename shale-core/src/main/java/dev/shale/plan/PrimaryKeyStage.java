package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.SqlSchema;
import java.util.List;
import java.util.Optional;

/**
 * Primary key switch. PostgreSQL: the new key's unique index was built concurrently (index phase);
 * here the old key is dropped and the new one adopts that index ({@code ADD PRIMARY KEY USING
 * INDEX}), in one statement with a brief lock. Elsewhere the differ's statements, which rebuild the
 * table. A key that foreign keys point at is not planned (see {@link Unplannable}).
 */
final class PrimaryKeyStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        for (Change.PrimaryKeyChanged p : ctx.changes(Change.PrimaryKeyChanged.class)) {
            build(ctx, p);
        }
    }

    private static void build(PlanContext ctx, Change.PrimaryKeyChanged p) {
        SqlSchema next = ctx.edit().primaryKey(p.toTable(), p.toTable().primaryKey()).build();
        boolean postgres = ctx.kind() == DatabaseKind.POSTGRESQL;
        String index = Names.identifier(ctx.dialect.capabilities().maxIdentifierLength(), p.toTable().primaryKey().name() == null
                ? "" : p.toTable().primaryKey().name(), "new");
        if (postgres) {
            next = new SchemaEditor(next, ctx.defaultNamespace).removeIndex(p.table(), index).build();
        }
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries: the switch needs a brief exclusive lock.")
                    .statements(timeouts).next();
        }
        String cols = String.join(", ", p.toTable().primaryKey().columnNames().stream().map(ctx.sql::quote).toList());
        if (postgres) {
            StringBuilder alter = new StringBuilder("ALTER TABLE ").append(ctx.sql.table(p.table())).append(' ');
            if (p.table().primaryKey() != null) {
                alter.append("DROP CONSTRAINT ").append(ctx.sql.quote(p.table().primaryKey().name())).append(",\n");
            }
            alter.append("ADD CONSTRAINT ").append(ctx.sql.quote(p.toTable().primaryKey().name()))
                    .append(" PRIMARY KEY USING INDEX ").append(ctx.sql.quote(index));
            script.comment("shale:ignore SH210 planned switch: the new key's index was built concurrently (see README.md)")
                    .comment("The old key goes and the new one adopts the index built before (renamed to the key's name).")
                    .statement(alter.toString());
        } else {
            script.rendered(ctx.render(ctx.diff(ctx.state(), next)));
        }
        Readme.Builder r = new Readme.Builder("Primary key: switch " + Names.quote(p.table().name()) + " to (" + cols + ")");
        r.what("The primary key of " + Names.quote(p.table().name()) + " becomes (" + cols + ")"
                + (p.table().primaryKey() == null ? "" : ", replacing (" + String.join(", ",
                        p.table().primaryKey().columnNames().stream().map(ctx.sql::quote).toList()) + ")") + ".");
        if (postgres) {
            r.what("The unique index built concurrently earlier becomes the key (`ADD PRIMARY KEY USING INDEX`, which renames "
                    + "it to the key's name): no index build and no scan under the exclusive lock. The key's columns are "
                    + "already NOT NULL, so PostgreSQL does not scan for NULLs either.");
        } else {
            r.what(ctx.kind() == DatabaseKind.MYSQL
                    ? "MySQL and MariaDB rebuild the table to change its primary key (online, reads and writes go on)."
                    : "SQLite rebuilds the table to change its primary key (the rows are copied; writers wait).");
        }
        r.data(ctx.data.sizeNote(p.table()));
        DataAnswer<Long> dups = ctx.data.duplicates(p.table(), p.toTable().primaryKey().columnNames());
        if (dups.known() && dups.value() > 0) {
            r.data("**Duplicates:** " + dups.about() + PlanData.count(dups.value()) + " values of (" + cols
                    + ") occur more than once: the key cannot be built until they are fixed.");
            ctx.note("`" + p.table().name() + "`: " + PlanData.count(dups.value()) + " duplicate values of the new primary key");
        }
        r.deploy("Manual checks first, then deploy:\n\n"
                + "1. No two rows share (" + cols + ") and none holds NULL in it (queries below; the index phase already "
                + "refused duplicates if there were any).\n"
                + "2. The application does not rely on the old key's uniqueness alone (upserts, `findUnique` by the old key).\n"
                + "3. Deploy at a quiet time: the switch waits for running queries on the table.");
        r.verify(Readme.sql("SELECT " + cols + ", count(*) FROM " + ctx.sql.table(p.table()) + " GROUP BY " + cols
                + " HAVING count(*) > 1;"));
        if (postgres) {
            r.verify(Readme.sql("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                    + ctx.sql.table(p.table()).replace("'", "''") + "'::regclass AND contype = 'p';"));
        }
        r.rollback("Switch back the same way: build a unique index on the old key's columns concurrently, then drop this key "
                + "and add the old one `USING INDEX` it. Then `shale migrate resolve --rolled-back <this folder>`.");
        ctx.add(new PlannedMigration("switch_primary_key", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
