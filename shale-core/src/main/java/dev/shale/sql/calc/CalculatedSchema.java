package dev.shale.sql.calc;

import dev.shale.sql.SqlSchema;
import java.util.Set;

/**
 * The database a Prisma schema describes, and what only Prisma knows about it.
 *
 * @param schema the database-level schema
 * @param virtualDefaultColumns columns ({@code table.column}) whose default Prisma Client fills in
 *     ({@code cuid()}, {@code uuid()}, {@code nanoid()}, {@code ulid()}), so the database has none
 */
public record CalculatedSchema(SqlSchema schema, Set<String> virtualDefaultColumns) {

    public CalculatedSchema {
        virtualDefaultColumns = Set.copyOf(virtualDefaultColumns);
    }
}
