package dev.shale.dialect.postgres;

import dev.shale.dialect.Sql;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.List;

/** PostgreSQL column types and default expressions, spelled as Prisma spells them. */
final class PostgresTypes {
    private final PostgresNames names;

    PostgresTypes(PostgresNames names) {
        this.names = names;
    }

    /** {@code INTEGER}, {@code SERIAL}, {@code VARCHAR(255)}, {@code "Mood"[]}, {@code point}. */
    String columnType(Column column) {
        String array = column.arity() == Arity.LIST ? "[]" : "";
        if (column.type().family() == TypeFamily.ENUM) {
            return names.qualified(column.type().enumRef().namespace(), column.type().enumRef().name()) + array;
        }
        if (column.type().family() == TypeFamily.UNSUPPORTED) {
            return column.type().unsupported() + array;
        }
        NativeType t = column.type().nativeType();
        if (t == null) {
            throw new IllegalStateException("column `" + column.name() + "` has no PostgreSQL type");
        }
        return nativeType(t, column.autoincrement()) + array;
    }

    static String nativeType(NativeType t, boolean autoincrement) {
        return switch (t.name()) {
            case "Citext" -> "CITEXT";
            case "Oid" -> "OID";
            case "Inet" -> "INET";
            case "Money" -> "MONEY";
            case "SmallInt" -> autoincrement ? "SMALLSERIAL" : "SMALLINT";
            case "Integer" -> autoincrement ? "SERIAL" : "INTEGER";
            case "BigInt" -> autoincrement ? "BIGSERIAL" : "BIGINT";
            case "Decimal" -> "DECIMAL" + args(t, ",");
            case "Real" -> "REAL";
            case "DoublePrecision" -> "DOUBLE PRECISION";
            case "VarChar" -> "VARCHAR" + args(t, ",");
            case "Char" -> "CHAR" + args(t, ",");
            case "Text" -> "TEXT";
            case "ByteA" -> "BYTEA";
            case "Date" -> "DATE";
            case "Timestamp" -> "TIMESTAMP" + args(t, ",");
            case "Timestamptz" -> "TIMESTAMPTZ" + args(t, ",");
            case "Time" -> "TIME" + args(t, ",");
            case "Timetz" -> "TIMETZ" + args(t, ",");
            case "Boolean" -> "BOOLEAN";
            case "Bit" -> "BIT" + args(t, ",");
            case "VarBit" -> "VARBIT" + args(t, ",");
            case "Uuid" -> "UUID";
            case "Xml" -> "XML";
            case "Json" -> "JSON";
            case "JsonB" -> "JSONB";
            default -> throw new IllegalStateException("unknown PostgreSQL native type " + t.name());
        };
    }

    private static String args(NativeType t, String separator) {
        if (t.args().isEmpty()) {
            return "";
        }
        return "(" + Sql.join(t.args(), separator, String::valueOf) + ")";
    }

    /** The DEFAULT expression, or an empty string when nothing is rendered (SERIAL, {@code dbgenerated()}). */
    String defaultExpression(ColumnDefault d, String fullType) {
        DefaultKind kind = d.kind();
        if (kind instanceof DefaultKind.DbGenerated g) {
            return g.expression() == null ? "" : g.expression();
        }
        if (kind instanceof DefaultKind.Now) {
            return "CURRENT_TIMESTAMP";
        }
        if (kind instanceof DefaultKind.SequenceNext) {
            return "";
        }
        return constant(((DefaultKind.Literal) kind).value(), fullType);
    }

    private static String constant(Value v, String fullType) {
        if (v instanceof Value.Str s) {
            return Sql.stringLiteral(s.value());
        }
        if (v instanceof Value.EnumValue e) {
            return Sql.stringLiteral(e.value());
        }
        if (v instanceof Value.Json j) {
            return Sql.stringLiteral(j.value());
        }
        if (v instanceof Value.DateTime dt) {
            return "'" + dev.shale.sql.DateTimes.spaced(dt.value()) + "'";
        }
        if (v instanceof Value.Bytes b) {
            return "'\\x" + b.hex() + "'";
        }
        if (v instanceof Value.ListValue l) {
            List<Value> values = l.values();
            return "ARRAY[" + Sql.join(values, ", ", x -> constant(x, fullType)) + "]::" + fullType;
        }
        if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        }
        if (v instanceof Value.Float f) {
            return f.value().toPlainString();
        }
        if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        throw new IllegalStateException("unexpected default " + v);
    }

    /** {@code "name" TYPE NOT NULL DEFAULT x}, indented. */
    String columnDefinition(Column c) {
        String type = columnType(c);
        StringBuilder sb = new StringBuilder(Sql.INDENT).append(Sql.dq(c.name())).append(' ').append(type);
        if (c.arity() == Arity.REQUIRED) {
            sb.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            String d = defaultExpression(c.defaultValue(), type);
            if (!d.isEmpty()) {
                sb.append(" DEFAULT ").append(d);
            }
        }
        return sb.toString();
    }
}
