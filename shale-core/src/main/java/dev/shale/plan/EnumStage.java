package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.AlterEnum;
import dev.shale.dialect.Sql;
import dev.shale.lint.data.DataAnswer;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.SqlSchema;
import java.util.List;
import java.util.Optional;

/**
 * Enum values removed: a manual plan. The rows using a removed value must be moved to another value
 * first (a decision only the team can make), so the README spells out the steps and the data
 * checks, and on PostgreSQL the migration starts with a guard that refuses to run while any row
 * still holds a removed value. Then the differ's statements remove the values (PostgreSQL recreates
 * the type and converts the columns, which rewrites their tables).
 */
final class EnumStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<Change.EnumValuesRemoved> changes = ctx.changes(Change.EnumValuesRemoved.class);
        if (changes.isEmpty()) {
            return;
        }
        SchemaEditor e = ctx.edit();
        for (Change.EnumValuesRemoved c : changes) {
            if (ctx.dialect.capabilities().has(dev.shale.dialect.Capability.ENUMS)) {
                e.putEnum(c.to());
            } else {
                for (Change.EnumValuesRemoved.UsedBy used : c.columns()) {
                    EnumRef ref = used.column().type().enumRef();
                    e.putColumn(used.table(), e.table(used.table()).column(used.column().name()).orElseThrow()
                            .withType(ColumnType.enumType(new EnumRef(ref.namespace(), ref.name(), c.to().values()))));
                }
            }
        }
        SqlSchema next = e.build();
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries on the tables that use the enum.").statements(timeouts)
                    .next();
        }
        for (Change.EnumValuesRemoved c : changes) {
            String guard = ctx.sql.enumValuesGuard(c);
            if (guard != null) {
                script.comment("Refuse to run while a row still holds a removed value (move them first: see README.md).")
                        .statement(guard).next();
            }
        }
        String reason = "planned removal: the guard above refuses rows holding the removed values (see README.md)";
        script.rendered(ctx.render(ctx.diff(ctx.state(), next), (step, s) -> {
            if (!(step instanceof AlterEnum)) {
                return s;
            }
            // Prisma wraps the recreation in BEGIN/COMMIT; this migration is one transaction already.
            if (s.equals("BEGIN") || s.equals("COMMIT")) {
                return null;
            }
            if (s.startsWith("CREATE TYPE")) {
                return "-- shale:ignore SH208 " + reason + "\n" + s;
            }
            if (s.startsWith("ALTER TABLE") && s.contains(" TYPE ")) {
                return "-- shale:ignore SH204,SH306 the enum's columns are converted to the recreated type, which "
                        + "rewrites their table (see README.md)\n" + s;
            }
            return s;
        }));
        Readme.Builder r = new Readme.Builder("Enum values: remove them (manual steps first)");
        for (Change.EnumValuesRemoved c : changes) {
            r.what("- Removes " + String.join(", ", c.removed()) + " from " + Names.quote(c.from().name()) + ".");
            for (Change.EnumValuesRemoved.UsedBy used : c.columns()) {
                r.data(ctx.data.sizeNote(used.table()));
                for (String value : c.removed()) {
                    DataAnswer<Long> rows = ctx.data.rowsWithValue(used.table(), used.column().name(), value);
                    if (rows.known()) {
                        r.data("`" + used.table().name() + "`.`" + used.column().name() + "` holds " + value + " in "
                                + rows.about() + PlanData.count(rows.value()) + " rows" + (rows.value() > 0
                                        ? ": move them before deploying." : "."));
                        if (rows.value() > 0) {
                            ctx.note("`" + used.table().name() + "`.`" + used.column().name() + "`: " + PlanData.count(rows.value())
                                    + " rows hold the removed value " + value);
                        }
                    }
                }
            }
        }
        if (ctx.kind() == DatabaseKind.POSTGRESQL) {
            r.what("PostgreSQL cannot drop a value from an enum type: the type is created again without it and every column "
                    + "of the type is converted, which rewrites those tables under an exclusive lock. On a large table, "
                    + "consider keeping the value in the type and only forbidding it in the application.");
        } else if (ctx.kind() == DatabaseKind.MYSQL) {
            r.what("MySQL and MariaDB change the column's ENUM definition, which copies the table; in strict SQL mode the "
                    + "statement fails if a row still holds a removed value.");
        }
        StringBuilder steps = new StringBuilder("1. Deploy an application release that no longer writes the removed values.\n");
        steps.append("2. Choose the value each removed one becomes, and move the rows in batches (run until it changes no row):\n\n");
        for (Change.EnumValuesRemoved c : changes) {
            for (Change.EnumValuesRemoved.UsedBy used : c.columns()) {
                String col = ctx.sql.quote(used.column().name());
                String in = Sql.join(c.removed(), ", ", Sql::stringLiteral);
                String target = ctx.kind() == DatabaseKind.POSTGRESQL ? "'<new value>'::" + ctx.sql.quote(c.from().name())
                        : "'<new value>'";
                String match = col + (ctx.kind() == DatabaseKind.POSTGRESQL ? "::text" : "") + " IN (" + in + ")";
                steps.append("   ```sql\n   UPDATE ").append(ctx.sql.table(used.table())).append(" SET ").append(col).append(" = ")
                        .append(target).append("\n   WHERE ").append(match);
                if (ctx.kind() == DatabaseKind.MYSQL) {
                    steps.append(" LIMIT ").append(ctx.options.batchSize()).append(";\n   ```\n");
                } else {
                    steps.append(" AND ").append(ctx.kind() == DatabaseKind.POSTGRESQL ? "ctid" : "rowid")
                            .append(" IN (SELECT ").append(ctx.kind() == DatabaseKind.POSTGRESQL ? "ctid" : "rowid")
                            .append(" FROM ").append(ctx.sql.table(used.table())).append(" WHERE ").append(match)
                            .append(" LIMIT ").append(ctx.options.batchSize()).append(");\n   ```\n");
                }
            }
        }
        steps.append("3. Check that no row holds them (below), then deploy this migration"
                + (ctx.kind() == DatabaseKind.POSTGRESQL ? "; its guard refuses to run otherwise." : "."));
        r.deploy(steps.toString());
        for (Change.EnumValuesRemoved c : changes) {
            for (Change.EnumValuesRemoved.UsedBy used : c.columns()) {
                String match = ctx.sql.quote(used.column().name()) + (ctx.kind() == DatabaseKind.POSTGRESQL ? "::text" : "")
                        + " IN (" + Sql.join(c.removed(), ", ", Sql::stringLiteral) + ")";
                r.verify("Rows still holding a removed value (expect 0):");
                r.verify(Readme.sql(Checks.count(ctx, used.table(), match)));
            }
        }
        r.rollback("Take a backup before deploying. The values can be added back (" + (ctx.kind() == DatabaseKind.POSTGRESQL
                ? "`ALTER TYPE ... ADD VALUE`" : "the column's ENUM with them") + "), but the rows moved in step 2 keep "
                + "their new value: restore them from the backup if needed. If the guard or the conversion fails, nothing "
                + "changed: move the remaining rows, `shale migrate resolve --rolled-back <this folder>`, deploy again.");
        ctx.add(new PlannedMigration("remove_enum_values", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(next);
    }
}
