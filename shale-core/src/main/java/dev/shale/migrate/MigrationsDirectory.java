package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code migrations} folder as Prisma Migrate lays it out:
 *
 * <pre>
 * migrations/migration_lock.toml
 * migrations/20240101120000_init/migration.sql
 * migrations/20240102093000_add_user_profiles/migration.sql
 * </pre>
 *
 * Reading follows Prisma: every sub-folder is a migration (files beside them and symbolic links are
 * ignored), in Prisma's name order; only {@code migration.sql} belongs to the history, so the files
 * Shale adds beside it ({@code down.sql}, {@code backfill.sql}, {@code README.md}) change no checksum.
 */
public record MigrationsDirectory(Path path) {
    public static final String SCRIPT_FILE = "migration.sql";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public MigrationsDirectory {
        path = path.toAbsolutePath().normalize();
    }

    public boolean exists() {
        return Files.isDirectory(path);
    }

    /**
     * The migrations in order. A folder without {@code migration.sql} is an error naming it, as in Prisma
     * (P3015): the history cannot be read with a hole in it.
     */
    public List<Migration> list() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : names()) {
            Path dir = path.resolve(name);
            try {
                migrations.add(new Migration(name, dir, Files.readAllBytes(dir.resolve(SCRIPT_FILE))));
            } catch (NoSuchFileException e) {
                throw new ShaleException(ExitCode.PROBLEMS, "could not find the migration file at "
                        + dir.resolve(SCRIPT_FILE) + ": restore the file, or delete the folder if it is not a migration");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(SCRIPT_FILE), e);
            }
        }
        return List.copyOf(migrations);
    }

    /** The migration folder names in order, without reading the scripts. */
    public List<String> names() {
        if (!exists()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .sorted(MigrationOrder.NAMES)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    /** The migration with this folder name, if there is one. */
    public Optional<Migration> find(String name) {
        return list().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The provider in {@code migration_lock.toml}, if the file exists. */
    public Optional<String> lockedProvider() {
        return MigrationLockFile.readProvider(path);
    }

    /**
     * Writes a new migration {@code <timestamp>_<sanitizedName>/migration.sql} and the lock file for
     * {@code provider}. The timestamp is {@code now} in UTC, moved one second past the newest existing
     * migration when the clock is behind it (or two runs fall in the same second), so the new migration
     * always sorts last.
     */
    public Migration create(String sanitizedName, String script, Instant now, String provider) {
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (String existing : names()) {
            String ts = MigrationName.timestampOf(existing);
            if (ts != null) {
                Instant taken = LocalDateTime.parse(ts, TIMESTAMP).toInstant(ZoneOffset.UTC);
                if (!at.isAfter(taken)) {
                    at = taken.plusSeconds(1);
                }
            }
        }
        String folder = MigrationName.folderName(at, sanitizedName);
        Path dir = path.resolve(folder);
        try {
            Files.createDirectories(path);
            Files.createDirectory(dir);
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(SCRIPT_FILE), bytes);
            MigrationLockFile.write(path, provider);
            return new Migration(folder, dir, bytes);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "the migration directory already exists at " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the migration " + dir, e);
        }
    }
}
