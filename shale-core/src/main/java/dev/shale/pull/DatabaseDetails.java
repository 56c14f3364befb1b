package dev.shale.pull;

import java.util.List;
import java.util.Map;

/**
 * What Prisma's introspection reads from the catalog beyond Shale's {@link dev.shale.sql.SqlSchema}:
 * each column's default as the database prints it (Prisma keeps some verbatim in
 * {@code dbgenerated}), SQLite's declared column types and MySQL's {@code EXTRA} flags (they decide
 * the Prisma type and default), whether the server is MariaDB, and the views with their columns.
 * Without details ({@link #none()}) the typed defaults and types of the schema are used.
 *
 * @param present whether the details were read from a database (else every lookup falls back to the schema)
 * @param rawDefaults table name to column name to the default expression
 * @param declaredTypes table name to column name to the declared type (SQLite)
 * @param extras table name to column name to {@code EXTRA} (MySQL)
 * @param mariadb whether the server is MariaDB
 * @param views the views, in name order
 */
public record DatabaseDetails(
        boolean present,
        Map<String, Map<String, String>> rawDefaults,
        Map<String, Map<String, String>> declaredTypes,
        Map<String, Map<String, String>> extras,
        boolean mariadb,
        List<ViewShape> views) {

    public DatabaseDetails {
        rawDefaults = Map.copyOf(rawDefaults);
        declaredTypes = Map.copyOf(declaredTypes);
        extras = Map.copyOf(extras);
        views = List.copyOf(views);
    }

    public static DatabaseDetails none() {
        return new DatabaseDetails(false, Map.of(), Map.of(), Map.of(), false, List.of());
    }

    String rawDefault(String table, String column) {
        return rawDefaults.getOrDefault(table, Map.of()).get(column);
    }

    String declaredType(String table, String column) {
        return declaredTypes.getOrDefault(table, Map.of()).get(column);
    }

    String extra(String table, String column) {
        return extras.getOrDefault(table, Map.of()).get(column);
    }
}
