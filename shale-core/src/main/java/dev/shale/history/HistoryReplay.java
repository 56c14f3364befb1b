package dev.shale.history;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.devdb.DevDatabase;
import dev.shale.devdb.ReplayCache;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.introspect.Introspector;
import dev.shale.migrate.Migration;
import dev.shale.sql.SqlSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The second and third layers of {@link HistoryStates}: the history replayed on a shadow database,
 * one growing prefix at a time ({@link #upTo}). With the embedded PostgreSQL (no {@code --shadow-url})
 * replays are kept between runs ({@link ReplayCache}): a run starts from the longest kept prefix, and
 * what it replayed is kept when it closes. Otherwise a plain {@link ShadowDatabase} (a temporary SQLite
 * file, the {@code --shadow-url} database) is replayed from the start.
 */
final class HistoryReplay implements AutoCloseable {
    private final ReplayCache cache;
    private ShadowDatabase shadow;
    private List<Migration> held = List.of();
    private DatabaseUrl keptCopy;
    private boolean broken;
    private int replayed;

    private HistoryReplay(ReplayCache cache, ShadowDatabase shadow) {
        this.cache = cache;
        this.shadow = shadow;
    }

    /** The replay a command uses: kept replays in the embedded server, else a plain shadow database. */
    static HistoryReplay open(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl, Optional<DatabaseUrl> mainUrl) {
        if (kind == DatabaseKind.POSTGRESQL && shadowUrl.isEmpty()) {
            return new HistoryReplay(new ReplayCache(new DevDatabase(projectDir)), null);
        }
        return on(ShadowDatabase.create(kind, projectDir, shadowUrl, mainUrl));
    }

    /** A replay from the start on {@code shadow} (closed with the replay). */
    static HistoryReplay on(ShadowDatabase shadow) {
        return new HistoryReplay(null, shadow);
    }

    /** How many migrations this replay has run so far. */
    int replayed() {
        return replayed;
    }

    /** The schema {@code prefix} makes; {@code prefix} extends what was replayed before. */
    SqlSchema upTo(List<Migration> prefix) {
        advance(prefix);
        DatabaseUrl url = shadow != null ? shadow.url() : keptCopy;
        try (Connection c = Connections.open(url)) {
            return Introspector.forKind(url.kind()).introspect(c).schema();
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** Replays up to {@code prefix} (which extends what was replayed before) without reading the result. */
    void advance(List<Migration> prefix) {
        if (!prefix.subList(0, Math.min(held.size(), prefix.size())).equals(held) || prefix.size() < held.size()) {
            throw new IllegalStateException("a replay only grows");
        }
        if (shadow == null) {
            Optional<ReplayCache.Hit> hit = cache.longestPrefix(prefix, prefix.size());
            if (hit.isPresent() && hit.get().length() == prefix.size()) {
                // Exactly this history was replayed before: read it where it is kept.
                keptCopy = hit.get().url();
                held = List.copyOf(prefix);
                return;
            }
            ReplayCache.Scratch scratch = cache.scratch(hit);
            shadow = scratch.shadow();
            held = List.copyOf(prefix.subList(0, scratch.holds()));
        }
        List<Migration> more = prefix.subList(held.size(), prefix.size());
        if (more.isEmpty()) {
            return;
        }
        try {
            shadow.apply(more);
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        }
        replayed += more.size();
        held = List.copyOf(prefix);
    }

    @Override
    public void close() {
        if (shadow == null) {
            return;
        }
        try {
            if (cache != null && !broken) {
                cache.keep(shadow, held);
            }
        } finally {
            shadow.close();
        }
    }
}
