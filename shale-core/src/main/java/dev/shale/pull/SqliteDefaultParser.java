package dev.shale.pull;

import dev.shale.sql.TypeFamily;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite column default ({@code PRAGMA table_info.dflt_value}) as Prisma's introspection
 * does: numbers and booleans by pattern, strings unquoted, {@code CURRENT_TIMESTAMP} as
 * {@code now()}, JSON kept as written, and anything else in {@code dbgenerated("...")}.
 */
final class SqliteDefaultParser {
    private static final Pattern INT = Pattern.compile("^'?(-?\\d+)'?$");
    private static final Pattern FLOAT = Pattern.compile("^'?([^']+)'?$");
    private static final Pattern QUOTED = Pattern.compile("(?s)^'(.*)'$|^\"(.*)\"$");

    private SqliteDefaultParser() {}

    /** The default, or {@code null} for {@code NULL}. */
    static PrismaDefault parse(String raw, TypeFamily family) {
        if (raw.equalsIgnoreCase("null")) {
            return null;
        }
        PrismaDefault generated = new PrismaDefault.DbGenerated(raw);
        return switch (family) {
            case INT, BIGINT -> orElse(integer(raw), generated);
            case FLOAT, DECIMAL -> orElse(decimal(raw), generated);
            case BOOLEAN -> {
                String i = integer(raw) == null ? null : ((PrismaDefault.Constant) integer(raw)).text();
                if ("1".equals(i)) {
                    yield new PrismaDefault.Constant("true");
                }
                if ("0".equals(i)) {
                    yield new PrismaDefault.Constant("false");
                }
                String lower = raw.toLowerCase(Locale.ROOT);
                yield lower.equals("true") || lower.equals("false") ? new PrismaDefault.Constant(lower) : generated;
            }
            case STRING -> new PrismaDefault.Text(unquote(raw));
            case DATETIME -> switch (raw.toLowerCase(Locale.ROOT)) {
                case "current_timestamp", "datetime('now')", "datetime('now', 'localtime')" -> new PrismaDefault.Now();
                default -> generated;
            };
            case JSON -> new PrismaDefault.Text(raw);
            default -> generated;
        };
    }

    private static PrismaDefault orElse(PrismaDefault value, PrismaDefault fallback) {
        return value == null ? fallback : value;
    }

    static PrismaDefault integer(String raw) {
        Matcher m = INT.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        try {
            return new PrismaDefault.Constant(Long.toString(Long.parseLong(m.group(1))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static PrismaDefault decimal(String raw) {
        Matcher m = FLOAT.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        try {
            return new PrismaDefault.Constant(Decimals.display(new BigDecimal(m.group(1))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 'it''s'} is {@code it's}. */
    private static String unquote(String raw) {
        Matcher m = QUOTED.matcher(raw);
        String inner = raw;
        if (m.matches()) {
            inner = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return inner.replace("''", "'");
    }
}
