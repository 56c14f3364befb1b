package dev.shale.datamodel;

import java.util.Locale;
import java.util.Optional;

/** The datasource providers Prisma knows, normalised ({@code postgres} is {@code postgresql}). */
public enum Provider {
    POSTGRESQL("postgresql", 63, true),
    COCKROACHDB("cockroachdb", 63, true),
    MYSQL("mysql", 64, false),
    SQLITE("sqlite", 10_000, false),
    SQLSERVER("sqlserver", 128, true),
    MONGODB("mongodb", 127, false);

    private final String prismaName;
    private final int maxIdentifierLength;
    private final boolean namedPrimaryKeys;

    Provider(String prismaName, int maxIdentifierLength, boolean namedPrimaryKeys) {
        this.prismaName = prismaName;
        this.maxIdentifierLength = maxIdentifierLength;
        this.namedPrimaryKeys = namedPrimaryKeys;
    }

    /** The canonical name, as {@code migration_lock.toml} writes it. */
    public String prismaName() {
        return prismaName;
    }

    /** The longest identifier (in UTF-8 bytes) the database accepts; default names are cut to it. */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    /** Whether a primary key has a constraint name of its own (not on MySQL, SQLite, MongoDB). */
    public boolean supportsNamedPrimaryKeys() {
        return namedPrimaryKeys;
    }

    /** Whether this is a relational database (everything but MongoDB). */
    public boolean isSql() {
        return this != MONGODB;
    }

    /** Reads a provider as written in the schema; {@code postgres} is an alias of {@code postgresql}. */
    public static Optional<Provider> fromSchema(String written) {
        String name = written.toLowerCase(Locale.ROOT);
        if (!name.equals(written)) {
            return Optional.empty();
        }
        if (name.equals("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        for (Provider provider : values()) {
            if (provider.prismaName.equals(name)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
