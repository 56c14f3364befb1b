package dev.shale.develop;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.devdb.DevDatabase;
import dev.shale.devdb.ReplayCache;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.migrate.Migration;
import dev.shale.sql.SqlSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The history replayed on a shadow database, one growing prefix at a time ({@link #upTo}). With the
 * embedded PostgreSQL (no {@code --shadow-url}) replays are kept between runs ({@link ReplayCache}):
 * a run starts from the longest kept prefix, and what it replayed is kept when it closes.
 */
final class HistoryReplay implements AutoCloseable {
    private final ReplayCache cache;
    private ShadowDatabase shadow;
    private List<Migration> held = List.of();
    private DatabaseUrl keptCopy;
    private boolean broken;

    private HistoryReplay(ReplayCache cache, ShadowDatabase shadow) {
        this.cache = cache;
        this.shadow = shadow;
    }

    static HistoryReplay open(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl, DatabaseUrl mainUrl) {
        if (kind == DatabaseKind.POSTGRESQL && shadowUrl.isEmpty()) {
            return new HistoryReplay(new ReplayCache(new DevDatabase(projectDir)), null);
        }
        return new HistoryReplay(null, ShadowDatabase.create(kind, projectDir, shadowUrl, Optional.of(mainUrl)));
    }

    /** The schema {@code prefix} makes; {@code prefix} extends what was replayed before. */
    SqlSchema upTo(List<Migration> prefix) {
        advance(prefix);
        return DevSession.introspect(shadow != null ? shadow.url() : keptCopy);
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
