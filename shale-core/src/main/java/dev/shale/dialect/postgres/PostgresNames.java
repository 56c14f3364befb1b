package dev.shale.dialect.postgres;

import static dev.shale.dialect.Sql.dq;

/**
 * Qualified names. Prisma leaves the connection's schema out of most statements
 * ({@code CREATE TABLE "User"}) and writes others schemas in ({@code "auth"."User"}); a few
 * statements of an enum recreation keep the schema as the database reported it.
 */
final class PostgresNames {
    private final String defaultNamespace;

    /** Whether the default schema is written in too (migrate diff towards anything but a schema file). */
    private final boolean qualifyDefault;

    PostgresNames(String defaultNamespace, boolean qualifyDefault) {
        this.defaultNamespace = defaultNamespace;
        this.qualifyDefault = qualifyDefault;
    }

    /** {@code "ns"."name"}, or {@code "name"} for the default namespace. */
    String qualified(String namespace, String name) {
        if (qualifyDefault && defaultNamespace != null) {
            return dq(namespace == null ? defaultNamespace : namespace) + "." + dq(name);
        }
        if (namespace == null || namespace.equals(defaultNamespace)) {
            return dq(name);
        }
        return dq(namespace) + "." + dq(name);
    }

    /** {@code "ns"."name"} whenever the namespace is known, even the default one. */
    static String raw(String namespace, String name) {
        return namespace == null ? dq(name) : dq(namespace) + "." + dq(name);
    }
}
