package dev.shale.sql;

/**
 * A PostgreSQL sequence that is not owned by a column (owned ones are part of their SERIAL
 * column). Kept from introspection; Prisma does not migrate sequences on PostgreSQL.
 */
public record Sequence(String namespace, String name, long start, long increment, long minValue, long maxValue,
        long cache, boolean cycle) {}
