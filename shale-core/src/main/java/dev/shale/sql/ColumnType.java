package dev.shale.sql;

/**
 * The full type of a column.
 *
 * @param family the Prisma-level family
 * @param nativeType the database type (PostgreSQL and MySQL); {@code null} for enums,
 *     unsupported types and SQLite, whose types follow the family
 * @param enumRef the enum, when the family is {@link TypeFamily#ENUM}
 * @param unsupported the type as the database spells it, when the family is
 *     {@link TypeFamily#UNSUPPORTED} ({@code point}, {@code tsvector})
 */
public record ColumnType(TypeFamily family, NativeType nativeType, EnumRef enumRef, String unsupported) {

    public ColumnType {
        if (family == TypeFamily.ENUM && enumRef == null) {
            throw new IllegalArgumentException("an enum column type needs its enum");
        }
        if (family == TypeFamily.UNSUPPORTED && unsupported == null) {
            throw new IllegalArgumentException("an unsupported column type needs its database spelling");
        }
    }

    public static ColumnType of(TypeFamily family, NativeType nativeType) {
        return new ColumnType(family, nativeType, null, null);
    }

    public static ColumnType of(TypeFamily family, String nativeName, Integer... args) {
        return new ColumnType(family, NativeType.of(nativeName, args), null, null);
    }

    /** A SQLite column type: the family alone decides the rendering. */
    public static ColumnType family(TypeFamily family) {
        return new ColumnType(family, null, null, null);
    }

    public static ColumnType enumType(EnumRef ref) {
        return new ColumnType(TypeFamily.ENUM, null, ref, null);
    }

    public static ColumnType unsupported(String databaseType) {
        return new ColumnType(TypeFamily.UNSUPPORTED, null, null, databaseType);
    }
}
