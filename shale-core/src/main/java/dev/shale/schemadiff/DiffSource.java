package dev.shale.schemadiff;

import java.nio.file.Path;

/** One side of {@code migrate diff}: what the database state is read from. */
public sealed interface DiffSource {

    /** The flag as the user wrote it ({@code --from-schema prisma/schema.prisma}), for messages. */
    String describe(String side);

    /** A database with nothing in it. */
    record Empty() implements DiffSource {
        @Override
        public String describe(String side) {
            return "--" + side + "-empty";
        }
    }

    /** A Prisma schema file or folder of files; the provider is its datasource's. */
    record Schema(String path) implements DiffSource {
        @Override
        public String describe(String side) {
            return "--" + side + "-schema " + path;
        }
    }

    /** A migrations folder, replayed on a shadow database; the provider is {@code migration_lock.toml}'s. */
    record Migrations(Path folder) implements DiffSource {
        @Override
        public String describe(String side) {
            return "--" + side + "-migrations " + folder;
        }
    }

    /** A live database, introspected (read only); {@code url} as typed (Prisma or JDBC form). */
    record Url(String url) implements DiffSource {
        @Override
        public String describe(String side) {
            return "--" + side + "-url";
        }
    }
}
