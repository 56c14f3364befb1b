package dev.shale.history;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.migrate.Migration;
import dev.shale.sql.SqlSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history-state service: the schema state a migrations folder leads to, for {@code shale lint},
 * {@code migrate dev}, {@code migrate plan} and {@code migrate diff --from-migrations}. Three layers,
 * the first that can answer does:
 * <ol>
 *   <li>the project's file cache ({@link HistoryCache}, {@code .shale/cache}): a hit needs no database
 *       at all (no shadow database, no embedded server);
 *   <li>on PostgreSQL without {@code --shadow-url}: the replays kept in the embedded server
 *       ({@link dev.shale.devdb.ReplayCache}), the longest kept prefix copied and only the rest replayed;
 *   <li>otherwise a plain {@link ShadowDatabase} replay (a temporary SQLite file, the {@code --shadow-url}
 *       database, MySQL/MariaDB).
 * </ol>
 * Every state computed by a replay is written to the file cache (on a background thread; {@link #close}
 * waits for it). The key is the provider, the shadow
 * namespace (the PostgreSQL schema the history is replayed into), Shale's version and build, and each
 * migration's name and checksum in order. A replay is opened only on a miss, and grows: {@link #upTo}
 * may be asked for a prefix, then for a longer list ({@code migrate dev}: the applied migrations, then
 * all). A migration that does not apply fails as {@link ShadowDatabase#apply} reports it.
 */
public final class HistoryStates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryStates.class);

    private final HistoryCache files;
    private final DatabaseKind kind;
    private final String namespace;
    private final Supplier<HistoryReplay> replays;
    private final Prefetch prefetched;
    private HistoryReplay replay;
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();

    /**
     * A history's state and where it came from.
     *
     * @param schema the introspected state after every migration
     * @param fromCache true when read from the file cache, false when computed by a replay now
     * @param replayed how many migrations were run on a shadow database for it (0 from the file cache,
     *     fewer than the history when a kept replay held a prefix)
     */
    public record State(SqlSchema schema, boolean fromCache, int replayed) {}

    /**
     * A file-cache entry being read (and parsed) on a background thread, started before the caller
     * knows it needs it; {@link #upTo} uses it when asked for the same key. It never fails: a miss, an
     * error or another key only means the entry is read (or the history replayed) as usual.
     */
    public static final class Prefetch {
        static final Prefetch NONE = new Prefetch(CompletableFuture.completedFuture(""),
                CompletableFuture.completedFuture(Optional.empty()));
        private final CompletableFuture<String> key;
        private final CompletableFuture<Optional<SqlSchema>> schema;

        private Prefetch(CompletableFuture<String> key, CompletableFuture<Optional<SqlSchema>> schema) {
            this.key = key;
            this.schema = schema;
        }

        /** The prefetched entry when it is {@code wanted}'s, else empty (then nothing is waited for but the key). */
        Optional<SqlSchema> take(String wanted) {
            try {
                return key.join().equals(wanted) ? schema.join() : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    HistoryStates(HistoryCache files, DatabaseKind kind, String namespace, Supplier<HistoryReplay> replays, Prefetch prefetched) {
        this.files = Objects.requireNonNull(files);
        this.kind = Objects.requireNonNull(kind);
        this.namespace = namespace;
        this.replays = Objects.requireNonNull(replays);
        this.prefetched = Objects.requireNonNull(prefetched);
    }

    private static String namespace(DatabaseKind kind, Optional<DatabaseUrl> shadowUrl) {
        return kind == DatabaseKind.POSTGRESQL ? shadowUrl.map(DatabaseUrl::schema).orElse("public") : null;
    }

    /**
     * Starts reading the cached state of the history {@code migrations} lists, for a service opened later
     * with the same arguments ({@link #open(DatabaseKind, Path, Optional, Optional, Prefetch)}): the
     * cache is read while the command does its other work (a large state takes a few hundred ms to
     * parse). Nothing is checked or reported here; {@code migrations} is called on another thread.
     */
    public static Prefetch prefetch(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl,
            Supplier<List<Migration>> migrations) {
        try {
            HistoryCache files = HistoryCache.forProject(projectDir);
            String namespace = namespace(kind, shadowUrl);
            CompletableFuture<String> key = CompletableFuture.supplyAsync(() -> files.key(kind, namespace, migrations.get()));
            return new Prefetch(key, key.thenApply(files::read));
        } catch (RuntimeException e) {
            return Prefetch.NONE;
        }
    }

    /**
     * The service for a command run in {@code projectDir} (its {@code .shale/cache}, its embedded server).
     * A shadow URL is checked at once (the provider, not the main database) but opened only on a miss.
     *
     * @param shadowUrl {@code --shadow-url}: the database to replay on instead of the default one
     * @param mainUrl the database the command works on, which a shadow URL must not point at
     */
    public static HistoryStates open(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl,
            Optional<DatabaseUrl> mainUrl) {
        return open(kind, projectDir, shadowUrl, mainUrl, Prefetch.NONE);
    }

    /** As {@link #open(DatabaseKind, Path, Optional, Optional)}, using the entry {@link #prefetch} started reading. */
    public static HistoryStates open(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl,
            Optional<DatabaseUrl> mainUrl, Prefetch prefetched) {
        shadowUrl.ifPresent(s -> ShadowDatabase.checkUserProvided(kind, s, mainUrl));
        return new HistoryStates(HistoryCache.forProject(projectDir), kind, namespace(kind, shadowUrl),
                () -> HistoryReplay.open(kind, projectDir, shadowUrl, mainUrl), prefetched);
    }

    /** The service on the given file cache, replaying (on a miss) on the shadow databases {@code shadows} opens. */
    static HistoryStates on(HistoryCache files, DatabaseKind kind, String namespace, Supplier<ShadowDatabase> shadows) {
        return new HistoryStates(files, kind, namespace, () -> HistoryReplay.on(shadows.get()), Prefetch.NONE);
    }

    /** The state of a whole history; no migrations is the empty schema (no database is asked). */
    public State state(List<Migration> migrations) {
        if (migrations.isEmpty()) {
            return new State(SqlSchema.empty(), false, 0);
        }
        return upTo(migrations);
    }

    /**
     * The state {@code prefix} makes, as a database reads back (an empty prefix: an empty database). A
     * later call may ask for a list that extends {@code prefix}; the replay continues where it was.
     */
    public State upTo(List<Migration> prefix) {
        String key = files.key(kind, namespace, prefix);
        Optional<SqlSchema> cached = prefetched.take(key).or(() -> files.read(key));
        if (cached.isPresent()) {
            LOG.info("history state of {} migrations read from {}", prefix.size(), files.directory());
            return new State(cached.get(), true, 0);
        }
        HistoryReplay r = replay();
        int before = r.replayed();
        SqlSchema schema = r.upTo(prefix);
        store(key, schema);
        LOG.info("history state of {} migrations computed ({} replayed) and cached", prefix.size(), r.replayed() - before);
        return new State(schema, false, r.replayed() - before);
    }

    /**
     * Extends an open replay to {@code prefix} (e.g. with a migration just written) and caches its state,
     * so the next run reads it; nothing is done when every state so far came from the file cache (no
     * replay is open to extend cheaply: the next run computes it).
     */
    public void advance(List<Migration> prefix) {
        if (replay == null) {
            return;
        }
        store(files.key(kind, namespace, prefix), replay.upTo(prefix));
    }

    /** Writes the entry on a background thread (the caller goes on with its work); {@link #close} waits for it. */
    private void store(String key, SqlSchema schema) {
        writes.add(CompletableFuture.runAsync(() -> files.write(key, schema)));
    }

    private HistoryReplay replay() {
        if (replay == null) {
            replay = replays.get();
        }
        return replay;
    }

    @Override
    public void close() {
        try {
            for (CompletableFuture<Void> write : writes) {
                try {
                    write.join();
                } catch (RuntimeException e) {
                    LOG.debug("could not write the history cache: {}", e.toString());
                }
            }
        } finally {
            if (replay != null) {
                replay.close();
            }
        }
    }
}
