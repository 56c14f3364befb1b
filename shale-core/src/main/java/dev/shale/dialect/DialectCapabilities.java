package dev.shale.dialect;

import dev.shale.db.DatabaseKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the differ needs to know about a database: its kind, what it can do, the namespace that
 * unqualified names live in, and the longest identifier it accepts.
 *
 * @param kind the database
 * @param flags its capabilities
 * @param defaultNamespace the schema unqualified names resolve to ({@code public} unless the URL
 *     says {@code ?schema=}); {@code null} where the database has no namespaces
 * @param maxIdentifierLength 63 on PostgreSQL, 64 on MySQL, unlimited (10000) on SQLite
 */
public record DialectCapabilities(DatabaseKind kind, Set<Capability> flags, String defaultNamespace, int maxIdentifierLength) {

    public DialectCapabilities {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(Capability capability) {
        return flags.contains(capability);
    }

    public static DialectCapabilities postgres(String defaultNamespace) {
        return new DialectCapabilities(DatabaseKind.POSTGRESQL, EnumSet.of(
                Capability.TRANSACTIONAL_DDL, Capability.CONCURRENT_INDEX, Capability.ALTER_COLUMN_TYPE,
                Capability.ENUMS, Capability.NAMESPACES, Capability.SCALAR_LISTS, Capability.RENAME_INDEX,
                Capability.RENAME_FOREIGN_KEY, Capability.INDEXES_DROPPED_WITH_COLUMNS,
                Capability.FK_COLUMN_CAN_BECOME_REQUIRED), defaultNamespace, 63);
    }

    public static DialectCapabilities sqlite() {
        return new DialectCapabilities(DatabaseKind.SQLITE, EnumSet.of(
                Capability.TRANSACTIONAL_DDL, Capability.REDEFINE_TABLES, Capability.INLINE_FOREIGN_KEYS,
                Capability.FK_COLUMN_CAN_BECOME_REQUIRED), null, 10000);
    }

    /** MySQL 5.7+/8 ({@code mariadb = false}) or MariaDB, which cannot rename indexes and aliases JSON. */
    public static DialectCapabilities mysql(boolean mariadb) {
        EnumSet<Capability> flags = EnumSet.of(Capability.ALTER_COLUMN_TYPE, Capability.INLINE_ENUMS,
                Capability.INLINE_INDEXES, Capability.FOREIGN_KEYS_NEED_INDEXES, Capability.IGNORE_JSON_DEFAULTS);
        if (mariadb) {
            flags.add(Capability.JSON_IS_LONGTEXT);
        } else {
            flags.add(Capability.RENAME_INDEX);
        }
        return new DialectCapabilities(DatabaseKind.MYSQL, flags, null, 64);
    }

    public static DialectCapabilities forKind(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> postgres("public");
            case SQLITE -> sqlite();
            case MYSQL -> mysql(false);
        };
    }
}
