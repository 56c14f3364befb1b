package dev.shale.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What only the CREATE text of a SQLite table or index says: constraint names, CHECKs, partial predicates. */
final class SqliteTableSql {
    private static final Pattern NAMED_FK = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^]]*]|\\w+)\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);

    private SqliteTableSql() {}

    /** The name of the foreign key on {@code columns}, or {@code null} when it was declared without a name. */
    static String foreignKeyName(String createTable, List<String> columns) {
        Matcher m = NAMED_FK.matcher(createTable);
        while (m.find()) {
            List<String> cols = new ArrayList<>();
            for (String c : m.group(2).split(",")) {
                cols.add(unquote(c.trim()));
            }
            if (cols.equals(columns)) {
                return unquote(m.group(1));
            }
        }
        return null;
    }

    static String unquote(String identifier) {
        String s = identifier.trim();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`"))) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        if (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The predicate after WHERE in a CREATE INDEX, as written. */
    static String whereClause(String createIndex) {
        if (createIndex == null) {
            return null;
        }
        int i = createIndex.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
        return i < 0 ? null : createIndex.substring(i + 7).trim();
    }

    /** Whether the table text declares a CHECK constraint (outside string literals and quoted names). */
    static boolean hasCheck(String createTable) {
        boolean quoted = false;
        char quote = 0;
        String upper = createTable.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted = true;
                quote = c;
            } else if (upper.startsWith("CHECK", i) && (i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)))
                    && upper.substring(i + 5).stripLeading().startsWith("(")) {
                return true;
            }
        }
        return false;
    }
}
