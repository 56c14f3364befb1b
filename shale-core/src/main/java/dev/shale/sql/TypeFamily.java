package dev.shale.sql;

/** The Prisma-level family of a column type; the native type refines it per database. */
public enum TypeFamily {
    INT("Int"),
    BIGINT("BigInt"),
    FLOAT("Float"),
    DECIMAL("Decimal"),
    BOOLEAN("Boolean"),
    STRING("String"),
    DATETIME("DateTime"),
    BINARY("Binary"),
    JSON("Json"),
    UUID("Uuid"),
    ENUM("Enum"),
    UNSUPPORTED("Unsupported");

    private final String label;

    TypeFamily(String label) {
        this.label = label;
    }

    /** The name Prisma prints for the family in warnings ({@code Int}, {@code String}, ...). */
    public String label() {
        return label;
    }
}
