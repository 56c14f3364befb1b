package dev.shale.datamodel;

/** How referential integrity is kept: by the database's foreign keys, or emulated by Prisma. */
public enum RelationMode {
    FOREIGN_KEYS("foreignKeys"),
    PRISMA("prisma");

    private final String prismaName;

    RelationMode(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }

    /** The mode used when the datasource does not set one: {@code prisma} on MongoDB, else foreign keys. */
    public static RelationMode defaultFor(Provider provider) {
        return provider == Provider.MONGODB ? PRISMA : FOREIGN_KEYS;
    }

    public boolean usesForeignKeys() {
        return this == FOREIGN_KEYS;
    }
}
