package dev.shale.datamodel;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the datasource's {@code extensions = [...]} list (PostgreSQL):
 * {@code uuid_ossp(map: "uuid-ossp", schema: "ext", version: "1.1")}.
 */
public record PostgresExtension(String name, Optional<String> map, Optional<String> schema, Optional<String> version,
        SourceSpan span) {

    public PostgresExtension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(span, "span");
    }

    /** The extension's name in the database: the {@code map} argument, else the name. */
    public String dbName() {
        return map.orElse(name);
    }
}
