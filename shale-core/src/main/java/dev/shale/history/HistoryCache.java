package dev.shale.history;

import dev.shale.db.DatabaseKind;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first layer of {@link HistoryStates}: the schema state a migrations folder leads to, kept under
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

    /** The cache of {@code projectDir}, keyed on the running shale-core's version (and build, for a -SNAPSHOT). */
    public static HistoryCache forProject(Path projectDir) {
        return new HistoryCache(projectDir, coreVersion());
    }

    /**
     * @param projectDir the project (the cache is its {@code .shale/cache})
     * @param shaleVersion the running Shale's version (a -SNAPSHOT also keys on the build's time)
     */
    public HistoryCache(Path projectDir, String shaleVersion) {
        this.directory = projectDir.toAbsolutePath().normalize().resolve(".shale").resolve("cache");
        this.shaleVersion = effectiveVersion(Objects.requireNonNull(shaleVersion));
    }

    /** An entry whose first line is not {@code shale-cache FORMAT KEY CRC32C} for this key and body. */
    private static final String MAGIC = "shale-cache";

    /**
     * The rendered pending change of a schema against a history, cached by {@link PendingChangeSource}
     * so an unchanged project is not validated, calculated and diffed again.
     *
     * @param steps how many differ steps it has (0: the migrations match the schema)
     * @param sql the steps rendered as the next {@code migration.sql}
     */
    public record RenderedChange(int steps, String sql) {}

    public Path directory() {
        return directory;
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
        // Bytes all the way (no String of the 11 MB a 5,000-table state takes): Jackson's UTF-8 parser reads them directly.
        return readBytes("history-", key).flatMap(body -> {
            try {
                return Optional.ofNullable(SqlSchemaJson.read(body, SqlSchema.class));
            } catch (IOException | RuntimeException e) {
                LOG.debug("ignoring the unreadable history cache entry {}: {}", key, e.toString());
                return Optional.empty();
            }
        });
    }

    /** Stores the state for {@code key} (atomically; best effort) and keeps only the newest few entries. */
    public void write(String key, SqlSchema schema) {
        writeBytes("history-", key, SqlSchemaJson.writeBytes(schema));
    }

    /** The cached rendered change for {@code key} (see {@link #changeKey}), or empty. */
    public Optional<RenderedChange> readChange(String key) {
        return readBody("change-", key).flatMap(body -> {
            int newline = body.indexOf('\n');
            try {
                return newline < 0 ? Optional.empty()
                        : Optional.of(new RenderedChange(Integer.parseInt(body.substring(0, newline)), body.substring(newline + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public void writeChange(String key, RenderedChange change) {
        writeBody("change-", key, change.steps() + "\n" + change.sql());
    }

    /**
     * The key of a pending change: Shale's version, every schema file's name and text, the namespaces
     * (of the database and of the shadow database) and each migration's name and checksum, so an edit
     * to any of them misses. The provider is in the schema's text.
     */
    public String changeKey(List<dev.shale.psl.SourceFile> schema, String namespace, String shadowNamespace,
            List<Migration> migrations) {
        StringBuilder text = new StringBuilder("shale-change ").append(FORMAT).append('\n').append(shaleVersion).append('\n')
                .append(namespace == null ? "" : namespace).append('\n')
                .append(shadowNamespace == null ? "" : shadowNamespace).append('\n');
        for (Migration m : migrations) {
            text.append(m.name()).append(' ').append(m.checksum()).append('\n');
        }
        for (dev.shale.psl.SourceFile f : schema) {
            text.append(f.name().length()).append(' ').append(f.name()).append(' ').append(f.text().length()).append('\n')
                    .append(f.text()).append('\n');
        }
        return sha256(text.toString());
    }

    private Optional<String> readBody(String prefix, String key) {
        Path file = directory.resolve(prefix + key + ".txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return Optional.empty();
            }
            String body = text.substring(newline + 1);
            if (!text.substring(0, newline).equals(MAGIC + " " + FORMAT + " " + key + " " + crc32c(body))) {
                LOG.debug("ignoring the cache entry {}: another format or key, or damaged", file);
                return Optional.empty();
            }
            return Optional.of(body);
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the unreadable cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** As {@link #readBody}, for a body read as UTF-8 bytes (the same file layout, CRC-32C of the same bytes). */
    private Optional<byte[]> readBytes(String prefix, String key) {
        Path file = directory.resolve(prefix + key + ".txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int newline = 0;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            if (newline == bytes.length) {
                return Optional.empty();
            }
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, newline + 1, bytes.length - newline - 1);
            String header = new String(bytes, 0, newline, StandardCharsets.UTF_8);
            if (!header.equals(MAGIC + " " + FORMAT + " " + key + " " + Long.toHexString(crc.getValue()))) {
                LOG.debug("ignoring the cache entry {}: another format or key, or damaged", file);
                return Optional.empty();
            }
            return Optional.of(java.util.Arrays.copyOfRange(bytes, newline + 1, bytes.length));
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the unreadable cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private void writeBody(String prefix, String key, String body) {
        writeBytes(prefix, key, body.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String prefix, String key, byte[] body) {
        try {
            Files.createDirectories(directory);
            Path ignore = directory.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Shale's local files (development database, caches): not for version control\n*\n");
            }
            Path temp = Files.createTempFile(directory, prefix, ".tmp");
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(body);
            try (java.io.OutputStream out = Files.newOutputStream(temp)) {
                out.write((MAGIC + " " + FORMAT + " " + key + " " + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(body);
            }
            Path target = directory.resolve(prefix + key + ".txt");
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(prefix);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not write the cache in {}: {}", directory, e.toString());
        }
    }

    Path file(String key) {
        return directory.resolve("history-" + key + ".txt");
    }

    private void prune(String prefix) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            for (Path stale : all) {
                // Entries of an older layout, and temporary files a killed run left behind.
                String name = stale.getFileName().toString();
                if (name.endsWith(".json") || (name.endsWith(".tmp") && modified(stale) < System.currentTimeMillis() - 3_600_000)) {
                    Files.deleteIfExists(stale);
                }
            }
            entries = all.stream().filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".txt"))
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

    /** shale-core's version, as Maven wrote it into {@code shale-core.properties}, or {@code unknown}. */
    static String coreVersion() {
        java.util.Properties props = new java.util.Properties();
        try (java.io.InputStream in = HistoryCache.class.getResourceAsStream("shale-core.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = props.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
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
