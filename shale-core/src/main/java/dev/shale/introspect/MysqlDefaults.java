package dev.shale.introspect;

import dev.shale.sql.ColumnDefault;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads {@code information_schema.COLUMNS.COLUMN_DEFAULT} back into a typed default. MariaDB
 * quotes string literals and writes NULL as {@code NULL}; MySQL 8 leaves literals bare and marks
 * expressions with {@code DEFAULT_GENERATED}.
 */
final class MysqlDefaults {
    private MysqlDefaults() {}

    static ColumnDefault parse(String text, String extra, TypeFamily family, boolean mariadb) {
        if (text == null || (mariadb && text.equals("NULL"))) {
            return null;
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("current_timestamp")) {
            return ColumnDefault.now();
        }
        boolean expression;
        String literal;
        if (mariadb) {
            expression = !(t.startsWith("'") && t.endsWith("'") && t.length() >= 2) && !isNumber(t);
            literal = t.startsWith("'") && t.endsWith("'") && t.length() >= 2 ? unquote(t.substring(1, t.length() - 1)) : t;
        } else {
            expression = extra.contains("default_generated");
            literal = t;
        }
        if (expression) {
            return ColumnDefault.dbgenerated(t);
        }
        try {
            Value v = switch (family) {
                case INT, BIGINT -> new Value.Int(Long.parseLong(literal));
                case FLOAT, DECIMAL -> new Value.Float(new BigDecimal(literal));
                case BOOLEAN -> switch (literal.toLowerCase(Locale.ROOT)) {
                    case "1", "true", "b'1'" -> new Value.Bool(true);
                    case "0", "false", "b'0'" -> new Value.Bool(false);
                    default -> null;
                };
                case STRING -> new Value.Str(literal);
                case ENUM -> new Value.EnumValue(literal);
                case DATETIME -> new Value.DateTime(PostgresDefaults.dateTime(literal));
                case JSON -> new Value.Json(literal);
                default -> null;
            };
            if (v != null) {
                return ColumnDefault.value(v);
            }
        } catch (RuntimeException e) {
            // not a constant of the column's type: kept as an expression
        }
        return ColumnDefault.dbgenerated(t);
    }

    private static boolean isNumber(String t) {
        return t.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    /** MariaDB doubles quotes and escapes backslashes inside its quoted defaults. */
    private static String unquote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                sb.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
