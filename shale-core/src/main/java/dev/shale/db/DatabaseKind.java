package dev.shale.db;

/** The databases Shale connects to and migrates. */
public enum DatabaseKind {
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    SQLITE("sqlite");

    private final String prismaProvider;

    DatabaseKind(String prismaProvider) {
        this.prismaProvider = prismaProvider;
    }

    /** The provider name as written in {@code datasource} and {@code migration_lock.toml}. */
    public String prismaProvider() {
        return prismaProvider;
    }
}
