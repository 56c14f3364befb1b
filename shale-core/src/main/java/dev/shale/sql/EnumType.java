package dev.shale.sql;

import java.util.List;

/** An enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}; MySQL: the values of one ENUM column). */
public record EnumType(String namespace, String name, List<String> values) {

    public EnumType {
        values = List.copyOf(values);
    }

    public EnumRef ref() {
        return EnumRef.of(this);
    }
}
