package dev.shale.datamodel;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default names for constraints without {@code map:}, so that Shale's SQL names them as
 * Prisma Migrate does: {@code Table_pkey}, {@code Table_a_b_key}, {@code Table_a_b_idx},
 * {@code Table_a_b_fkey}, {@code Table_a_df}. The table and column names are database names.
 * A name that would reach the provider's identifier limit is cut (in UTF-8 bytes, never inside a
 * character) so that it still ends with its suffix.
 */
public final class ConstraintNames {

    private ConstraintNames() {
    }

    public static String primaryKeyName(String table, Provider provider) {
        return primaryKeyName(table, provider.maxIdentifierLength());
    }

    public static String uniqueIndexName(String table, List<String> columns, Provider provider) {
        return uniqueIndexName(table, columns, provider.maxIdentifierLength());
    }

    public static String indexName(String table, List<String> columns, Provider provider) {
        return indexName(table, columns, provider.maxIdentifierLength());
    }

    public static String foreignKeyName(String table, List<String> columns, Provider provider) {
        return foreignKeyName(table, columns, provider.maxIdentifierLength());
    }

    /** The name of a column's default constraint (SQL Server). */
    public static String defaultConstraintName(String table, String column, Provider provider) {
        return defaultConstraintName(table, column, provider.maxIdentifierLength());
    }

    /** The same names for an identifier limit in bytes ({@code Integer.MAX_VALUE}: no limit). */
    public static String primaryKeyName(String table, int limit) {
        return cut(table, limit - "_pkey".length()).concat("_pkey");
    }

    public static String uniqueIndexName(String table, List<String> columns, int limit) {
        return withColumns(table, columns, "_key", limit);
    }

    public static String indexName(String table, List<String> columns, int limit) {
        return withColumns(table, columns, "_idx", limit);
    }

    public static String foreignKeyName(String table, List<String> columns, int limit) {
        return withColumns(table, columns, "_fkey", limit);
    }

    public static String defaultConstraintName(String table, String column, int limit) {
        return cut(table + "_" + column, limit - "_df".length()) + "_df";
    }

    private static String withColumns(String table, List<String> columns, String suffix, int limit) {
        StringBuilder name = new StringBuilder(table.length() + 24).append(table).append('_');
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                name.append('_');
            }
            name.append(columns.get(i));
        }
        if ((long) name.length() * 3 <= limit - suffix.length()) {
            return name.append(suffix).toString(); // short enough without encoding it: one string, not three
        }
        return cut(name.toString(), limit - suffix.length()) + suffix;
    }

    /** Cuts {@code name} to at most {@code limit} bytes, as Prisma does. */
    private static String cut(String name, int limit) {
        if ((long) name.length() * 3 <= limit) {
            return name; // at most 3 UTF-8 bytes per char: short enough without encoding it
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= limit) {
            return name;
        }
        int end = limit;
        // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
