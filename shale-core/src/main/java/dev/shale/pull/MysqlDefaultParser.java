package dev.shale.pull;

import dev.shale.sql.TypeFamily;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MySQL or MariaDB column default ({@code information_schema.COLUMNS.COLUMN_DEFAULT} and
 * {@code EXTRA}) as Prisma's introspection does. MariaDB reports every default as an expression
 * (literals quoted); MySQL 8 marks expressions {@code DEFAULT_GENERATED}. Expressions become
 * {@code dbgenerated("(...)")}.
 */
final class MysqlDefaultParser {
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)^current_timestamp(\\([0-9]*\\))?$");
    private static final Pattern QUOTED = Pattern.compile("^'.*'$", Pattern.DOTALL);
    private static final Pattern ESCAPES = Pattern.compile("\\\\('|\\\\[^\\\\])|'(')");
    private static final Pattern MARIADB_QUOTED = Pattern.compile("'(.*)'", Pattern.DOTALL);

    private MysqlDefaultParser() {}

    /** The default, or {@code null} for none. */
    static PrismaDefault parse(String raw, String extra, TypeFamily family, boolean mariadb) {
        if (raw == null || raw.equals("NULL")) {
            return null;
        }
        String e = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        boolean generated = e.equals("default_generated");
        boolean expression = generated || mariadb;
        PrismaDefault plain = new PrismaDefault.DbGenerated(raw);
        PrismaDefault wrapped = expression ? wrap(raw) : plain;
        return switch (family) {
            case INT, BIGINT -> orElse(SqliteDefaultParser.integer(raw), wrapped);
            case FLOAT, DECIMAL -> orElse(SqliteDefaultParser.decimal(raw), wrapped);
            case BOOLEAN -> {
                PrismaDefault i = SqliteDefaultParser.integer(raw);
                String text = i == null ? null : ((PrismaDefault.Constant) i).text();
                yield "1".equals(text) ? new PrismaDefault.Constant("true")
                        : "0".equals(text) ? new PrismaDefault.Constant("false") : wrapped;
            }
            case STRING -> generated || (mariadb && !raw.startsWith("'")) ? wrap(raw)
                    : new PrismaDefault.Text(unescape(raw, mariadb));
            case DATETIME -> CURRENT_TIMESTAMP.matcher(raw).matches() ? new PrismaDefault.Now()
                    : expression ? wrap(raw)
                    : QUOTED.matcher(raw).matches() ? plain : new PrismaDefault.DbGenerated("'" + raw + "'");
            case ENUM -> generated || (mariadb && !raw.startsWith("'")) ? wrap(raw)
                    : new PrismaDefault.EnumValue(unquoteEnum(raw.replace("_utf8mb4", "").replace("\\'", "").replace("''", "'")));
            default -> wrapped;
        };
    }

    private static PrismaDefault orElse(PrismaDefault value, PrismaDefault fallback) {
        return value == null ? fallback : value;
    }

    /** An expression in parentheses, as MySQL requires it in a DEFAULT clause. */
    private static PrismaDefault wrap(String raw) {
        return new PrismaDefault.DbGenerated(raw.startsWith("(") ? raw : "(" + raw + ")");
    }

    private static String unescape(String raw, boolean mariadb) {
        String s = raw;
        if (mariadb) {
            Matcher m = MARIADB_QUOTED.matcher(s);
            if (m.find()) {
                s = m.group(1);
            }
            s = s.replace("\\n", "\n");
        }
        Matcher m = ESCAPES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(g));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Strips one layer of quotes and backslashes the way Prisma's describer does for enum defaults. */
    private static String unquoteEnum(String value) {
        String s = value;
        s = stripStart(s, '\'');
        s = stripEnd(s, '\'');
        s = stripStart(s, '\\');
        s = stripStart(s, '"');
        s = stripEnd(s, '"');
        return stripEnd(s, '\\');
    }

    private static String stripStart(String s, char c) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripEnd(String s, char c) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) == c) {
            i--;
        }
        return s.substring(0, i);
    }
}
