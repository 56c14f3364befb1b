package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code enum} block: name, database name ({@code @@map}), schema ({@code @@schema}) and values. */
public record EnumType(
        String name,
        String dbName,
        Optional<String> schema,
        List<EnumValue> values,
        Optional<String> documentation,
        SourceSpan span) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dbName, "dbName");
        Objects.requireNonNull(schema, "schema");
        values = List.copyOf(values);
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }

    public Optional<EnumValue> value(String valueName) {
        return values.stream().filter(v -> v.name().equals(valueName)).findFirst();
    }

    /** The database names of the values, in schema order. */
    public List<String> dbValues() {
        return values.stream().map(EnumValue::dbName).toList();
    }
}
