package dev.shale.plan;

import dev.shale.sql.Table;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** Identifiers in messages and in the names the plan makes up (temporary columns, check constraints). */
final class Names {
    private Names() {}

    /** {@code "User"} for messages (Prisma's quoting, whatever the database). */
    static String quote(String name) {
        return "\"" + name + "\"";
    }

    /** {@code "User"."slug"}. */
    static String column(Table table, String column) {
        return quote(table.name()) + "." + quote(column);
    }

    /** The key a table is found by: its namespace (the default one when none) and its name. */
    static String key(Table table, String defaultNamespace) {
        return Objects.toString(table.namespace() == null ? defaultNamespace : table.namespace(), "") + "\u0000"
                + table.name();
    }

    /**
     * A name made of parts joined by {@code _}, cut to the database's identifier limit the way Prisma
     * cuts constraint names (bytes, keeping the end readable is not attempted).
     */
    static String identifier(int maxLength, String... parts) {
        String joined = String.join("_", parts);
        byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxLength) {
            return joined;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < joined.length(); i++) {
            int len = String.valueOf(joined.charAt(i)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > maxLength) {
                break;
            }
            sb.append(joined.charAt(i));
            used += len;
        }
        return sb.toString();
    }

    /** A migration-name fragment from an object name: {@code User_email_key} to {@code user_email_key}. */
    static String slug(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toLowerCase(Locale.ROOT);
    }
}
