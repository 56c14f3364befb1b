package dev.shale.sql;

import java.util.List;

/**
 * The enum a column uses. The values are a copy of the {@link EnumType}'s, so a column renders on
 * its own where the database writes enums inline (MySQL {@code ENUM('A','B')}); PostgreSQL
 * compares enum columns by name and namespace only.
 */
public record EnumRef(String namespace, String name, List<String> values) {

    public EnumRef {
        values = List.copyOf(values);
    }

    public static EnumRef of(EnumType type) {
        return new EnumRef(type.namespace(), type.name(), type.values());
    }
}
