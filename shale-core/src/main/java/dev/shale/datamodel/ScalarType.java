package dev.shale.datamodel;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarType implements FieldType {
    STRING("String"),
    BOOLEAN("Boolean"),
    INT("Int"),
    BIG_INT("BigInt"),
    FLOAT("Float"),
    DECIMAL("Decimal"),
    DATE_TIME("DateTime"),
    JSON("Json"),
    BYTES("Bytes");

    private final String schemaName;

    ScalarType(String schemaName) {
        this.schemaName = schemaName;
    }

    @Override
    public String schemaName() {
        return schemaName;
    }

    private static final java.util.Map<String, ScalarType> BY_NAME = new java.util.HashMap<>();

    static {
        for (ScalarType type : values()) {
            BY_NAME.put(type.schemaName, type);
        }
    }

    /** The scalar type named exactly {@code name} in the schema, if it is one. */
    public static Optional<ScalarType> fromSchema(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Like {@link #fromSchema} but {@code null} when {@code name} is not a scalar type (for hot loops). */
    public static ScalarType named(String name) {
        return BY_NAME.get(name);
    }

    public boolean isNumeric() {
        return this == INT || this == BIG_INT || this == FLOAT || this == DECIMAL;
    }
}
