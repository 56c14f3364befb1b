package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Table;
import java.util.List;

/** The SQL a README gives to verify a phase, per database. */
final class Checks {
    private Checks() {}

    /** Lists the columns with their nullability and type. */
    static String columns(PlanContext ctx, Table table, List<String> columns) {
        String names = String.join(", ", columns.stream().map(c -> "'" + c.replace("'", "''") + "'").toList());
        if (ctx.kind() == DatabaseKind.SQLITE) {
            return "SELECT name, \"notnull\", type FROM pragma_table_info('" + table.name() + "') WHERE name IN (" + names + ");";
        }
        String schema = ctx.kind() == DatabaseKind.POSTGRESQL ? "current_schema()" : "DATABASE()";
        return "SELECT column_name, is_nullable, data_type FROM information_schema.columns\nWHERE table_schema = " + schema
                + " AND table_name = '" + table.name() + "' AND column_name IN (" + names + ");";
    }

    /** Counts the rows where {@code condition} holds. */
    static String count(PlanContext ctx, Table table, String condition) {
        return "SELECT count(*) FROM " + ctx.sql.table(table) + " WHERE " + condition + ";";
    }

    /** Shows whether an index exists (and, on PostgreSQL, whether it is valid: a failed CONCURRENTLY build leaves it invalid). */
    static String index(PlanContext ctx, Table table, String index) {
        return switch (ctx.kind()) {
            case POSTGRESQL -> "SELECT indexrelid::regclass AS index, indisvalid FROM pg_index WHERE indexrelid = '"
                    + ctx.sql.table(table).replace(ctx.sql.quote(table.name()), "") + ctx.sql.quote(index).replace("'", "''")
                    + "'::regclass;";
            case MYSQL -> "SHOW INDEX FROM " + ctx.sql.table(table) + " WHERE Key_name = '" + index + "';";
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'index' AND name = '" + index + "';";
        };
    }

    /** Shows a constraint and whether it is validated (PostgreSQL). */
    static String constraint(PlanContext ctx, Table table, String constraint) {
        return "SELECT conname, convalidated FROM pg_constraint WHERE conrelid = '" + ctx.sql.table(table).replace("'", "''")
                + "'::regclass AND conname = '" + constraint.replace("'", "''") + "';";
    }
}
