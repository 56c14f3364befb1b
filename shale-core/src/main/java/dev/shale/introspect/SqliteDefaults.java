package dev.shale.introspect;

import dev.shale.sql.ColumnDefault;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.math.BigDecimal;
import java.util.Locale;

/** Reads a SQLite column default ({@code PRAGMA table_info.dflt_value}) back into a typed default. */
final class SqliteDefaults {
    private SqliteDefaults() {}

    static ColumnDefault parse(String text, TypeFamily family) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("CURRENT_TIMESTAMP")) {
            return ColumnDefault.now();
        }
        boolean quoted = t.length() >= 2 && t.startsWith("'") && t.endsWith("'");
        String inner = quoted ? t.substring(1, t.length() - 1).replace("''", "'") : t;
        try {
            Value v = switch (family) {
                case INT, BIGINT -> quoted ? null : new Value.Int(Long.parseLong(t));
                case FLOAT, DECIMAL -> quoted ? null : new Value.Float(new BigDecimal(t));
                case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> new Value.Bool(true);
                    case "false", "0" -> new Value.Bool(false);
                    default -> null;
                };
                case STRING -> quoted ? new Value.Str(inner) : null;
                case BINARY -> quoted ? new Value.Bytes(inner.toLowerCase(Locale.ROOT)) : null;
                case DATETIME -> quoted ? new Value.DateTime(PostgresDefaults.dateTime(inner)) : null;
                case JSON -> new Value.Json(quoted ? inner : t);
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
}
