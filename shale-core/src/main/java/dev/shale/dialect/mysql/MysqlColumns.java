package dev.shale.dialect.mysql;

import static dev.shale.dialect.Sql.bq;

import dev.shale.dialect.Sql;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;

/** MySQL column definitions, types and defaults, spelled as Prisma spells them. */
final class MysqlColumns {
    private MysqlColumns() {}

    /** {@code `name` INTEGER NOT NULL AUTO_INCREMENT DEFAULT x}. */
    static String definition(Column c) {
        StringBuilder sb = new StringBuilder(bq(c.name())).append(' ').append(type(c));
        sb.append(c.isRequired() ? " NOT NULL" : " NULL");
        if (c.autoincrement()) {
            sb.append(" AUTO_INCREMENT");
        }
        String d = renderedDefault(c, c.defaultValue());
        if (d != null) {
            sb.append(" DEFAULT ").append(d);
        }
        return sb.toString();
    }

    /**
     * The DEFAULT of a column, or {@code null}. MySQL cannot keep defaults on JSON columns, nor
     * constant defaults on binary columns, so Prisma writes none.
     */
    static String renderedDefault(Column c, ColumnDefault d) {
        if (d == null || d.kind() instanceof DefaultKind.SequenceNext) {
            return null;
        }
        if (d.kind() instanceof DefaultKind.DbGenerated g && g.expression() == null) {
            return null;
        }
        if (c.type().family() == TypeFamily.JSON) {
            return null;
        }
        if (c.type().family() == TypeFamily.BINARY && !(d.kind() instanceof DefaultKind.DbGenerated)) {
            return null;
        }
        return expression(c, d);
    }

    static String expression(Column c, ColumnDefault d) {
        DefaultKind kind = d.kind();
        if (kind instanceof DefaultKind.DbGenerated g) {
            return g.expression();
        }
        if (kind instanceof DefaultKind.Now) {
            NativeType t = c.type().nativeType();
            Integer precision = t != null && (t.name().equals("DateTime") || t.name().equals("Timestamp")) ? t.arg() : null;
            return "CURRENT_TIMESTAMP(" + (precision == null ? 3 : precision) + ")";
        }
        Value v = ((DefaultKind.Literal) kind).value();
        if (v instanceof Value.Str s) {
            return Sql.stringLiteral(s.value());
        }
        if (v instanceof Value.EnumValue e) {
            return Sql.stringLiteral(e.value());
        }
        if (v instanceof Value.DateTime dt) {
            return "'" + dev.shale.sql.DateTimes.rfc3339(dt.value()) + "'";
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
        if (v instanceof Value.Json j) {
            return j.value();
        }
        throw new IllegalStateException("MySQL cannot write the default " + v);
    }

    static String type(Column c) {
        if (c.type().family() == TypeFamily.ENUM) {
            return "ENUM(" + Sql.join(c.type().enumRef().values(), ", ", Sql::stringLiteral) + ")";
        }
        if (c.type().family() == TypeFamily.UNSUPPORTED) {
            return c.type().unsupported();
        }
        NativeType t = c.type().nativeType();
        if (t == null) {
            throw new IllegalStateException("column `" + c.name() + "` has no MySQL type");
        }
        return switch (t.name()) {
            case "Int" -> "INTEGER";
            case "SmallInt" -> "SMALLINT";
            case "TinyInt" -> c.type().family() == TypeFamily.BOOLEAN ? "BOOLEAN" : "TINYINT";
            case "MediumInt" -> "MEDIUMINT";
            case "BigInt" -> "BIGINT";
            case "Decimal" -> "DECIMAL" + (t.args().isEmpty() ? "" : "(" + Sql.join(t.args(), ", ", String::valueOf) + ")");
            case "Float" -> "FLOAT";
            case "Double" -> "DOUBLE";
            case "Bit", "Char", "VarChar", "Binary", "VarBinary" -> t.name().toUpperCase() + "(" + t.arg() + ")";
            case "TinyBlob", "Blob", "MediumBlob", "LongBlob", "TinyText", "Text", "MediumText", "LongText", "Date",
                    "Year", "Json" -> t.name().toUpperCase();
            case "Time", "DateTime", "Timestamp" -> t.name().toUpperCase() + (t.arg() == null ? "" : "(" + t.arg() + ")");
            case "UnsignedInt" -> "INTEGER UNSIGNED";
            case "UnsignedSmallInt" -> "SMALLINT UNSIGNED";
            case "UnsignedTinyInt" -> "TINYINT UNSIGNED";
            case "UnsignedMediumInt" -> "MEDIUMINT UNSIGNED";
            case "UnsignedBigInt" -> "BIGINT UNSIGNED";
            default -> throw new IllegalStateException("unknown MySQL native type " + t.name());
        };
    }

    /** {@code `name`(10) DESC} in an index or key. */
    static String indexColumn(IndexColumn c) {
        return bq(c.column()) + (c.length() == null ? "" : "(" + c.length() + ")")
                + (c.sortOrder() == null ? "" : " " + c.sortOrder().name());
    }
}
