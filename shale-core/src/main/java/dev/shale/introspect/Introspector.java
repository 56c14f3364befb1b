package dev.shale.introspect;

import dev.shale.db.DatabaseKind;
import java.sql.Connection;

/**
 * Reads a live database into a {@link dev.shale.sql.SqlSchema}. What Shale cannot model is kept
 * as opaque objects and listed once in the result, so a caller can report it and nothing is ever
 * dropped without notice.
 */
public interface Introspector {

    /**
     * Describes the database behind {@code connection}.
     *
     * @param namespaces the PostgreSQL schemas to read (none: the connection's current schema);
     *     ignored on MySQL (the connection's database) and SQLite (the file)
     */
    IntrospectionResult introspect(Connection connection, String... namespaces);

    static Introspector forKind(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresIntrospector();
            case SQLITE -> new SqliteIntrospector();
            case MYSQL -> new MysqlIntrospector();
        };
    }
}
