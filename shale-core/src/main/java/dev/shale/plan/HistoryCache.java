package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.migrate.Migration;
import dev.shale.sql.SqlSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema state a migrations folder leads to ({@link HistoryState#replay}), kept under
 * {@code .shale/cache/} in the project so the next run does not replay an unchanged history. The
 * key is the provider, the shadow namespace, the migrations in order (name and SHA-256 of each
 * script) and Shale's version: any edit, addition, removal or reordering, or another Shale, misses.
 * A missing, unreadable or corrupt cache entry is replayed again and rewritten, never an error; a
 * cache that cannot be written only costs the next run a replay.
 */
public final class HistoryCache {
    /** Bumped when the file layout or the meaning of a cached schema changes. */
    static final int FORMAT = 1;
    private static final int KEEP = 8;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryCache.class);

    private final Path directory;
    private final String shaleVersion;

    /**
     * @param projectDir the project (the cache is its {@code .shale/cache})
     * @param shaleVersion the running Shale's version (a -SNAPSHOT also keys on the build's time)
     */
    public HistoryCache(Path projectDir, String shaleVersion) {
        this.directory = projectDir.toAbsolutePath().normalize().resolve(".shale").resolve("cache");
        this.shaleVersion = effectiveVersion(Objects.requireNonNull(shaleVersion));
    }

    /**
     * The history's state and where it came from.
     *
     * @param schema the introspected state after every migration
     * @param fromCache true when read from the cache, false when replayed now
     * @param replayed how many migrations were replayed (0 from the cache)
     */
    public record State(SqlSchema schema, boolean fromCache, int replayed) {}

    /**
     * The first line of a cache file: the key it answers and a CRC-32C of the rest (the schema as
     * JSON), both checked on read, so a truncated or edited entry is never trusted (the checksum
     * guards against damage, not against an attacker who can write the project's files anyway).
     */
    record Header(int format, String key, String crc32c) {}

    public Path directory() {
        return directory;
    }

    /**
     * The state of {@code migrations}: from the cache when its key matches, else replayed on the
     * shadow database {@code shadow} opens (only opened then) and cached.
     *
     * @param namespace the shadow database's namespace (PostgreSQL schema), or null
     */
    public State state(DatabaseKind kind, String namespace, List<Migration> migrations, Supplier<ShadowDatabase> shadow) {
        if (migrations.isEmpty()) {
            return new State(SqlSchema.empty(), false, 0);
        }
        String key = key(kind, namespace, migrations);
        Optional<SqlSchema> cached = read(key);
        if (cached.isPresent()) {
            return new State(cached.get(), true, 0);
        }
        SqlSchema replayed;
        try (ShadowDatabase db = shadow.get()) {
            replayed = HistoryState.replay(migrations, db);
        }
        write(key, replayed);
        return new State(replayed, false, migrations.size());
    }

    /** The key of a history: SHA-256 over the provider, namespace, version and each migration's name and checksum. */
    public String key(DatabaseKind kind, String namespace, List<Migration> migrations) {
        StringBuilder text = new StringBuilder("shale-history ").append(FORMAT).append('\n')
                .append(kind.prismaProvider()).append('\n')
                .append(namespace == null ? "" : namespace).append('\n')
                .append(shaleVersion).append('\n');
        for (Migration m : migrations) {
            text.append(m.name()).append(' ').append(m.checksum()).append('\n');
        }
        return sha256(text.toString());
    }

    /** The cached state for {@code key}, or empty when absent, unreadable, corrupt or for another key. */
    public Optional<SqlSchema> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return Optional.empty();
            }
            Header header = SqlSchemaJson.read(text.substring(0, newline), Header.class);
            String body = text.substring(newline + 1);
            if (header == null || header.format() != FORMAT || !key.equals(header.key()) || !crc32c(body).equals(header.crc32c())) {
                LOG.debug("ignoring the history cache {}: another format or key, or damaged", file);
                return Optional.empty();
            }
            return Optional.ofNullable(SqlSchemaJson.read(body, SqlSchema.class));
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the unreadable history cache {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Stores the state for {@code key} (atomically; best effort) and keeps only the newest few entries. */
    public void write(String key, SqlSchema schema) {
        try {
            Files.createDirectories(directory);
            Path ignore = directory.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Shale's local files (development database, caches): not for version control\n*\n");
            }
            Path temp = Files.createTempFile(directory, "history-", ".tmp");
            String body = SqlSchemaJson.write(schema);
            Files.writeString(temp, SqlSchemaJson.write(new Header(FORMAT, key, crc32c(body))) + "\n" + body,
                    StandardCharsets.UTF_8);
            try {
                Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not write the history cache in {}: {}", directory, e.toString());
        }
    }

    Path file(String key) {
        return directory.resolve("history-" + key + ".json");
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            entries = files.filter(p -> p.getFileName().toString().startsWith("history-"))
                    .sorted(Comparator.comparing(HistoryCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A release version as is; a -SNAPSHOT plus the time its jar was built, so a rebuilt Shale does not trust old entries. */
    private static String effectiveVersion(String version) {
        if (!version.endsWith("SNAPSHOT") && !version.equals("unknown")) {
            return version;
        }
        try {
            Path code = Path.of(HistoryCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version + "@" + Files.getLastModifiedTime(code.toString().endsWith(".jar") ? code
                    : code.resolve(HistoryCache.class.getName().replace('.', '/') + ".class")).toMillis();
        } catch (Exception e) {
            return version;
        }
    }

    private static String crc32c(String text) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
