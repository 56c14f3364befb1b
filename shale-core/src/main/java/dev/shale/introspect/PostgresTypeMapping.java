package dev.shale.introspect;

import dev.shale.sql.ColumnType;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;

/** A PostgreSQL type ({@code pg_type.typname} and {@code atttypmod}) as the Prisma native type it is. */
public final class PostgresTypeMapping {
    private PostgresTypeMapping() {}

    /** The column type, or {@code null} when Prisma has no native type for it (an unsupported type). */
    public static ColumnType map(String typname, int typmod) {
        return switch (typname) {
            case "int2" -> ColumnType.of(TypeFamily.INT, NativeType.of("SmallInt"));
            case "int4" -> ColumnType.of(TypeFamily.INT, NativeType.of("Integer"));
            case "int8" -> ColumnType.of(TypeFamily.BIGINT, NativeType.of("BigInt"));
            case "oid" -> ColumnType.of(TypeFamily.INT, NativeType.of("Oid"));
            case "numeric" -> ColumnType.of(TypeFamily.DECIMAL, typmod < 0 ? NativeType.of("Decimal")
                    : NativeType.of("Decimal", ((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff));
            case "money" -> ColumnType.of(TypeFamily.DECIMAL, NativeType.of("Money"));
            case "float4" -> ColumnType.of(TypeFamily.FLOAT, NativeType.of("Real"));
            case "float8" -> ColumnType.of(TypeFamily.FLOAT, NativeType.of("DoublePrecision"));
            case "varchar" -> ColumnType.of(TypeFamily.STRING, withLength("VarChar", typmod < 0 ? -1 : typmod - 4));
            case "bpchar" -> ColumnType.of(TypeFamily.STRING, withLength("Char", typmod < 0 ? -1 : typmod - 4));
            case "text" -> ColumnType.of(TypeFamily.STRING, NativeType.of("Text"));
            case "citext" -> ColumnType.of(TypeFamily.STRING, NativeType.of("Citext"));
            case "uuid" -> ColumnType.of(TypeFamily.STRING, NativeType.of("Uuid"));
            case "xml" -> ColumnType.of(TypeFamily.STRING, NativeType.of("Xml"));
            case "inet" -> ColumnType.of(TypeFamily.STRING, NativeType.of("Inet"));
            case "bit" -> ColumnType.of(TypeFamily.STRING, withLength("Bit", typmod));
            case "varbit" -> ColumnType.of(TypeFamily.STRING, withLength("VarBit", typmod));
            case "bytea" -> ColumnType.of(TypeFamily.BINARY, NativeType.of("ByteA"));
            case "bool" -> ColumnType.of(TypeFamily.BOOLEAN, NativeType.of("Boolean"));
            case "date" -> ColumnType.of(TypeFamily.DATETIME, NativeType.of("Date"));
            case "timestamp" -> ColumnType.of(TypeFamily.DATETIME, withLength("Timestamp", typmod));
            case "timestamptz" -> ColumnType.of(TypeFamily.DATETIME, withLength("Timestamptz", typmod));
            case "time" -> ColumnType.of(TypeFamily.DATETIME, withLength("Time", typmod));
            case "timetz" -> ColumnType.of(TypeFamily.DATETIME, withLength("Timetz", typmod));
            case "json" -> ColumnType.of(TypeFamily.JSON, NativeType.of("Json"));
            case "jsonb" -> ColumnType.of(TypeFamily.JSON, NativeType.of("JsonB"));
            default -> null;
        };
    }

    private static NativeType withLength(String name, int arg) {
        return arg < 0 ? NativeType.of(name) : NativeType.of(name, arg);
    }
}
