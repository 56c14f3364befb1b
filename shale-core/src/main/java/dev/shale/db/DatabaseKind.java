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

    /** The kind a provider name in {@code migration_lock.toml} names, if Shale migrates it. */
    public static java.util.Optional<DatabaseKind> fromPrismaProvider(String provider) {
        for (DatabaseKind kind : values()) {
            if (kind.prismaProvider.equals(provider)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
