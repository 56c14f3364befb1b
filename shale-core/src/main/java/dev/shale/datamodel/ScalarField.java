package dev.shale.datamodel;

import java.util.Objects;
import java.util.Optional;

/**
 * A field stored in a column (or, in a composite type, a document key): its Prisma name, its
 * database name ({@code @map}, else the name), type, arity, native type, default,
 * {@code @updatedAt} and {@code @ignore}.
 */
public record ScalarField(
        String name,
        String dbName,
        FieldType type,
        Arity arity,
        Optional<NativeType> nativeType,
        Optional<FieldDefault> defaultValue,
        boolean updatedAt,
        boolean ignored,
        Optional<String> documentation,
        SourceSpan span) implements Field {

    public ScalarField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dbName, "dbName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arity, "arity");
        Objects.requireNonNull(nativeType, "nativeType");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }

    /** The column name: the {@code @map} argument, else the field name. */
    public String columnName() {
        return dbName;
    }

    /** Whether the type is {@code Unsupported("...")}. */
    public boolean isUnsupported() {
        return type instanceof FieldType.Unsupported;
    }

    /** The Prisma scalar type, when the field has one (not an enum, composite or unsupported type). */
    public Optional<ScalarType> scalarType() {
        return type instanceof ScalarType scalar ? Optional.of(scalar) : Optional.empty();
    }

    /** The enum's name, when the field's type is an enum. */
    public Optional<String> enumName() {
        return type instanceof FieldType.EnumRef ref ? Optional.of(ref.name()) : Optional.empty();
    }

    /** Whether the default is {@code autoincrement()}. */
    public boolean isAutoincrement() {
        return defaultValue.map(d -> d.value() instanceof DefaultValue.Autoincrement).orElse(false);
    }
}
