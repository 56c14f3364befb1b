package dev.shale.introspect;

import java.sql.Connection;

/** MySQL and MariaDB from {@code information_schema}. */
final class MysqlIntrospector implements Introspector {
    @Override
    public IntrospectionResult introspect(Connection connection, String... namespaces) {
        return MysqlCatalog.read(connection);
    }
}
