package dev.shale.datamodel;

import java.util.Objects;
import java.util.Optional;

/**
 * A field's {@code @default(value, map: "name")}. {@code map} names the default constraint on
 * SQL Server; without it the name is {@link ConstraintNames#defaultConstraintName}.
 */
public record FieldDefault(DefaultValue value, Optional<String> map, SourceSpan span) {

    public FieldDefault {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(span, "span");
    }
}
