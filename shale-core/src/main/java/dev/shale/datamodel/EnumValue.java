package dev.shale.datamodel;

import java.util.Objects;
import java.util.Optional;

/** A value of an enum: its Prisma name and its database name ({@code @map}, else the name). */
public record EnumValue(String name, String dbName, Optional<String> documentation, SourceSpan span) {

    public EnumValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dbName, "dbName");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }
}
