package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code type} block (a MongoDB embedded document): its name and fields. */
public record CompositeType(String name, List<ScalarField> fields, Optional<String> documentation, SourceSpan span) {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }
}
