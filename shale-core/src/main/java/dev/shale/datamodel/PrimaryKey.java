package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code @id} or {@code @@id([...])}. {@code constraintName} is the effective database name
 * ({@code map}, else {@code Table_pkey}); it is empty on providers whose primary keys have no name
 * of their own (MySQL, SQLite, MongoDB).
 */
public record PrimaryKey(
        List<IndexField> fields,
        Optional<String> name,
        Optional<String> map,
        Optional<String> constraintName,
        Optional<Boolean> clustered,
        boolean definedOnField,
        SourceSpan span) {

    public PrimaryKey {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one field");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(constraintName, "constraintName");
        Objects.requireNonNull(clustered, "clustered");
        Objects.requireNonNull(span, "span");
    }

    public List<String> fieldNames() {
        return fields.stream().map(IndexField::fieldName).toList();
    }
}
