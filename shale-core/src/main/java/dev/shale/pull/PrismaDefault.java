package dev.shale.pull;

import java.util.List;

/**
 * A column default as Prisma's introspection classifies it, before names are known: enum values
 * carry their database name and are named when the field is rendered.
 */
sealed interface PrismaDefault {

    record Autoincrement() implements PrismaDefault {}

    record Now() implements PrismaDefault {}

    /** {@code dbgenerated("expression")}; {@code null} or blank renders {@code dbgenerated()}. */
    record DbGenerated(String expression) implements PrismaDefault {}

    /** A string literal, rendered quoted. */
    record Text(String value) implements PrismaDefault {}

    /** A number or boolean, rendered as written. */
    record Constant(String text) implements PrismaDefault {}

    /** An enum value by its database name. */
    record EnumValue(String dbValue) implements PrismaDefault {}

    /** Bytes, rendered as a base64 string. */
    record Bytes(byte[] value) implements PrismaDefault {}

    record ListOf(List<PrismaDefault> values) implements PrismaDefault {
        public ListOf {
            values = List.copyOf(values);
        }
    }

    /** A default Prisma Client fills in ({@code cuid()}, {@code uuid()}, ...), kept from the existing schema as written. */
    record ClientFunction(String text) implements PrismaDefault {}
}
