package dev.shale.lint.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enough knowledge of PostgreSQL types to tell whether a type change rewrites the table, whether a
 * cast exists without USING, and whether it can lose data.
 */
final class ColumnTypes {
    private ColumnTypes() {}

    enum Family { INTEGER, DECIMAL, FLOAT, TEXT, BOOLEAN, TIMESTAMP, DATE, TIME, UUID, JSON, BYTES, OTHER }

    /** A type read from its SQL spelling: family, a size rank for integers and floats, a length or precision. */
    record Type(String spelling, Family family, int rank, int length, int scale) {
        boolean unbounded() {
            return length < 0;
        }
    }

    private static final Pattern SHAPE = Pattern.compile("^([A-Z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?(\\[\\])?$");
    private static final Map<String, Family> FAMILIES = Map.ofEntries(
            Map.entry("SMALLINT", Family.INTEGER), Map.entry("INT2", Family.INTEGER),
            Map.entry("INTEGER", Family.INTEGER), Map.entry("INT", Family.INTEGER), Map.entry("INT4", Family.INTEGER),
            Map.entry("BIGINT", Family.INTEGER), Map.entry("INT8", Family.INTEGER),
            Map.entry("SERIAL", Family.INTEGER), Map.entry("BIGSERIAL", Family.INTEGER),
            Map.entry("NUMERIC", Family.DECIMAL), Map.entry("DECIMAL", Family.DECIMAL),
            Map.entry("REAL", Family.FLOAT), Map.entry("FLOAT4", Family.FLOAT),
            Map.entry("DOUBLE PRECISION", Family.FLOAT), Map.entry("FLOAT8", Family.FLOAT), Map.entry("FLOAT", Family.FLOAT),
            Map.entry("TEXT", Family.TEXT), Map.entry("VARCHAR", Family.TEXT), Map.entry("CHARACTER VARYING", Family.TEXT),
            Map.entry("CHAR", Family.TEXT), Map.entry("CHARACTER", Family.TEXT), Map.entry("CITEXT", Family.TEXT),
            Map.entry("BOOLEAN", Family.BOOLEAN), Map.entry("BOOL", Family.BOOLEAN),
            Map.entry("TIMESTAMP", Family.TIMESTAMP), Map.entry("TIMESTAMPTZ", Family.TIMESTAMP),
            Map.entry("TIMESTAMP WITH TIME ZONE", Family.TIMESTAMP), Map.entry("TIMESTAMP WITHOUT TIME ZONE", Family.TIMESTAMP),
            Map.entry("DATE", Family.DATE), Map.entry("TIME", Family.TIME), Map.entry("TIMETZ", Family.TIME),
            Map.entry("UUID", Family.UUID), Map.entry("JSON", Family.JSON), Map.entry("JSONB", Family.JSON),
            Map.entry("BYTEA", Family.BYTES));

    static Type parse(String spelling) {
        String s = spelling.strip().toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(s);
        if (!m.matches() || m.group(4) != null) {
            return new Type(spelling, Family.OTHER, 0, -1, 0);
        }
        String base = m.group(1).strip();
        Family family = FAMILIES.getOrDefault(base, Family.OTHER);
        int length = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if ((base.equals("CHAR") || base.equals("CHARACTER")) && length < 0) {
            length = 1;
        }
        return new Type(spelling, family, rank(base), length, scale);
    }

    private static int rank(String base) {
        return switch (base) {
            case "SMALLINT", "INT2", "REAL", "FLOAT4" -> 1;
            case "INTEGER", "INT", "INT4", "SERIAL" -> 2;
            case "BIGINT", "INT8", "BIGSERIAL", "DOUBLE PRECISION", "FLOAT8", "FLOAT" -> 3;
            default -> 0;
        };
    }

    /** True when PostgreSQL changes the type without rewriting the table (binary-coercible, wider or equal). */
    static boolean noRewrite(Type from, Type to) {
        String f = from.spelling().toUpperCase(Locale.ROOT).replaceAll("\\(.*", "").strip();
        String t = to.spelling().toUpperCase(Locale.ROOT).replaceAll("\\(.*", "").strip();
        boolean varcharish = f.equals("VARCHAR") || f.equals("CHARACTER VARYING");
        if (varcharish && (t.equals("TEXT") || ((t.equals("VARCHAR") || t.equals("CHARACTER VARYING"))
                && (to.unbounded() || (!from.unbounded() && to.length() >= from.length()))))) {
            return true;
        }
        if (f.equals("TEXT") && (t.equals("TEXT") || ((t.equals("VARCHAR") || t.equals("CHARACTER VARYING")) && to.unbounded()))) {
            return true;
        }
        if ((f.equals("NUMERIC") || f.equals("DECIMAL")) && (t.equals("NUMERIC") || t.equals("DECIMAL"))) {
            return to.unbounded() || (!from.unbounded() && to.scale() == from.scale() && to.length() >= from.length());
        }
        return f.equals("CIDR") && t.equals("INET");
    }

    /** Whether the change can lose data or fail: a description for messages, or null when it cannot. */
    static String loss(Type from, Type to) {
        if (from.family() == Family.TEXT && to.family() == Family.TEXT && !to.unbounded()
                && (from.unbounded() || to.length() < from.length())) {
            return "values longer than " + to.length() + " characters would not fit";
        }
        if (from.family() == to.family() && (from.family() == Family.INTEGER || from.family() == Family.FLOAT)
                && to.rank() < from.rank()) {
            return "values outside the range of " + to.spelling() + " would not fit";
        }
        if ((from.family() == Family.FLOAT || from.family() == Family.DECIMAL) && to.family() == Family.INTEGER) {
            return "fractions are rounded away";
        }
        if (from.family() == Family.DECIMAL && to.family() == Family.DECIMAL && !to.unbounded()
                && (from.unbounded() || to.scale() < from.scale() || to.length() - to.scale() < from.length() - from.scale())) {
            return "digits beyond " + to.spelling() + " are rounded or fail";
        }
        if (from.family() == Family.TIMESTAMP && to.family() == Family.DATE) {
            return "the time of day is dropped";
        }
        if (from.family() == Family.TEXT && to.family() != Family.TEXT && to.family() != Family.OTHER) {
            return "text that does not parse as " + to.spelling() + " makes the migration fail";
        }
        return null;
    }

    /** True when PostgreSQL converts without a USING clause (an implicit or assignment cast). */
    static boolean castWithoutUsing(Type from, Type to) {
        if (from.family() == to.family() && from.family() != Family.OTHER) {
            return from.family() != Family.JSON || to.spelling().equalsIgnoreCase("JSON") || to.spelling().equalsIgnoreCase("JSONB");
        }
        if (to.family() == Family.TEXT) {
            return true;
        }
        return (from.family() == Family.INTEGER && (to.family() == Family.DECIMAL || to.family() == Family.FLOAT))
                || (from.family() == Family.DECIMAL && (to.family() == Family.FLOAT || to.family() == Family.INTEGER))
                || (from.family() == Family.FLOAT && (to.family() == Family.DECIMAL || to.family() == Family.INTEGER))
                || (from.family() == Family.DATE && to.family() == Family.TIMESTAMP)
                || (from.family() == Family.TIMESTAMP && (to.family() == Family.DATE || to.family() == Family.TIME));
    }
}
