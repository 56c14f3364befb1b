package dev.shale.pull;

import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import java.util.List;
import java.util.Locale;

/**
 * The Prisma type of a column and its {@code @db.*} attribute, written only where the native type
 * is not the one Prisma maps the scalar type to ({@code @db.VarChar(255)}, never {@code @db.Text}
 * for a PostgreSQL {@code text}).
 */
final class PrismaTypes {
    private PrismaTypes() {}

    /**
     * A column's type as introspection sees it.
     *
     * @param family the family that decides defaults ({@code uuid} columns are their own family)
     * @param prismaType the scalar type, or the database type of an unsupported column
     * @param nativeType the native type to write, or {@code null}
     * @param unsupported whether the field is {@code Unsupported("...")}
     */
    record Info(TypeFamily family, String prismaType, NativeType nativeType, boolean unsupported) {}

    static Info of(DatabaseKind kind, Column column, String declaredType) {
        ColumnType t = column.type();
        if (kind == DatabaseKind.SQLITE && declaredType != null) {
            TypeFamily f = sqliteFamily(declaredType);
            return f == TypeFamily.UNSUPPORTED ? new Info(f, declaredType.toLowerCase(Locale.ROOT), null, true)
                    : new Info(f, scalar(f), null, false);
        }
        if (t.family() == TypeFamily.UNSUPPORTED) {
            if (kind == DatabaseKind.MYSQL && t.unsupported().toLowerCase(Locale.ROOT).startsWith("set(")) {
                return new Info(TypeFamily.STRING, "String", null, false);
            }
            String name = t.unsupported();
            if (kind == DatabaseKind.SQLITE) {
                name = name.toLowerCase(Locale.ROOT);
            } else if (kind == DatabaseKind.POSTGRESQL && column.arity() == dev.shale.sql.Arity.LIST) {
                // Prisma names an array of an unsupported type by its array type: _point.
                int paren = name.indexOf('(');
                name = "_" + (paren < 0 ? name : name.substring(0, paren));
            }
            return new Info(t.family(), name, null, true);
        }
        if (t.family() == TypeFamily.ENUM) {
            return new Info(TypeFamily.ENUM, null, null, false);
        }
        NativeType nt = normalize(kind, t.nativeType());
        TypeFamily family = kind == DatabaseKind.POSTGRESQL && nt != null && nt.name().equals("Uuid") ? TypeFamily.UUID
                : t.family();
        NativeType written = nt == null || isDefault(kind, t.family(), nt) ? null : nt;
        return new Info(family, scalar(t.family()), written, false);
    }

    static String scalar(TypeFamily f) {
        return switch (f) {
            case INT -> "Int";
            case BIGINT -> "BigInt";
            case FLOAT -> "Float";
            case DECIMAL -> "Decimal";
            case BOOLEAN -> "Boolean";
            case STRING, UUID -> "String";
            case DATETIME -> "DateTime";
            case BINARY -> "Bytes";
            case JSON -> "Json";
            default -> throw new IllegalArgumentException("no scalar type for " + f);
        };
    }

    /** Prisma's reading of a SQLite declared type: exact names, or {@code char}/{@code numeric}/{@code decimal} anywhere. */
    static TypeFamily sqliteFamily(String declared) {
        String t = declared.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "int", "integer", "serial", "int[]", "integer[]" -> TypeFamily.INT;
            case "bigint" -> TypeFamily.BIGINT;
            case "real", "float", "double", "double[]", "float[]" -> TypeFamily.FLOAT;
            case "boolean", "boolean[]" -> TypeFamily.BOOLEAN;
            case "text", "text[]" -> TypeFamily.STRING;
            case "date", "datetime", "timestamp", "date[]", "datetime[]", "timestamp[]" -> TypeFamily.DATETIME;
            case "binary", "blob", "binary[]" -> TypeFamily.BINARY;
            case "jsonb" -> TypeFamily.JSON;
            default -> t.contains("char") ? TypeFamily.STRING
                    : t.contains("numeric") || t.contains("decimal") ? TypeFamily.DECIMAL : TypeFamily.UNSUPPORTED;
        };
    }

    /** Precision Prisma reports for date-time types declared without one: 6 on PostgreSQL, 0 on MySQL. */
    private static NativeType normalize(DatabaseKind kind, NativeType nt) {
        if (nt == null || !nt.args().isEmpty()) {
            return nt;
        }
        if (kind == DatabaseKind.POSTGRESQL && List.of("Timestamp", "Timestamptz", "Time", "Timetz").contains(nt.name())) {
            return NativeType.of(nt.name(), 6);
        }
        if (kind == DatabaseKind.MYSQL && List.of("DateTime", "Timestamp", "Time").contains(nt.name())) {
            return NativeType.of(nt.name(), 0);
        }
        return nt;
    }

    private static boolean isDefault(DatabaseKind kind, TypeFamily family, NativeType nt) {
        String d = nt.display();
        return switch (kind) {
            case POSTGRESQL -> switch (family) {
                case STRING -> d.equals("Text");
                case BOOLEAN -> d.equals("Boolean");
                case INT -> d.equals("Integer");
                case BIGINT -> d.equals("BigInt");
                case FLOAT -> d.equals("DoublePrecision");
                case DECIMAL -> d.equals("Decimal(65,30)");
                case DATETIME -> d.equals("Timestamp(3)");
                case JSON -> d.equals("JsonB");
                case BINARY -> d.equals("ByteA");
                default -> false;
            };
            case MYSQL -> switch (family) {
                case STRING -> d.equals("VarChar(191)");
                case BOOLEAN -> d.equals("TinyInt") || d.equals("TinyInt(1)");
                case INT -> d.equals("Int");
                case BIGINT -> d.equals("BigInt");
                case FLOAT -> d.equals("Double");
                case DECIMAL -> d.equals("Decimal(65,30)");
                case DATETIME -> d.equals("DateTime(3)");
                case JSON -> d.equals("Json");
                case BINARY -> d.equals("LongBlob");
                default -> false;
            };
            case SQLITE -> true;
        };
    }

    /** {@code @db.VarChar(255)}, {@code @db.Decimal(10, 2)}, {@code @db.Uuid}. */
    static String attribute(String datasourceName, NativeType nt) {
        StringBuilder sb = new StringBuilder("@").append(datasourceName).append('.').append(nt.name());
        if (!nt.args().isEmpty()) {
            sb.append('(');
            for (int i = 0; i < nt.args().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(nt.args().get(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
