package dev.shale.lint.sql;

/**
 * A possibly schema-qualified name as PostgreSQL resolves it: unquoted parts lower-cased, quoted
 * parts kept. Tables are matched by {@link #name()} only, because Prisma migrations name tables
 * without a schema and the linter does not know the search path.
 */
public record QualifiedName(String schema, String name) {
    public QualifiedName {
        schema = schema == null ? "" : schema;
    }

    /** The name as a message shows it: {@code "Order"} or {@code public."Order"}. */
    public String display() {
        return (schema.isEmpty() ? "" : schema + ".") + "\"" + name + "\"";
    }
}
