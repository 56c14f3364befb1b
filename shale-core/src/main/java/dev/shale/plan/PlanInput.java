package dev.shale.plan;

import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.lint.data.DataAccess;
import dev.shale.sql.SqlSchema;
import java.util.Objects;

/**
 * What a plan is made from.
 *
 * @param from the schema state of the migrations folder (replayed and introspected, or calculated)
 * @param to the target schema state ({@code calc(datamodel)})
 * @param dialect the database's SQL
 * @param diffOptions what the differ needs besides the two states (defaults only Prisma knows)
 * @param data the live database to size the plan with, or {@link DataAccess#none()}
 * @param options batch size, thresholds, fill values, timeouts
 */
public record PlanInput(SqlSchema from, SqlSchema to, Dialect dialect, DiffOptions diffOptions, DataAccess data,
        PlanOptions options) {
    public PlanInput {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(diffOptions, "diffOptions");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
    }
}
