package dev.shale.introspect;

import dev.shale.sql.OpaqueObject;
import dev.shale.sql.SqlSchema;
import java.util.List;

/**
 * A described database and what in it Shale does not model.
 *
 * @param schema the database as Shale models it (opaque objects included, so they are kept)
 * @param unmodeled each object Shale cannot model, once, for a report ("function \"public\".\"f\"")
 */
public record IntrospectionResult(SqlSchema schema, List<OpaqueObject> unmodeled) {

    public IntrospectionResult {
        unmodeled = List.copyOf(unmodeled);
    }
}
