package dev.shale.devdb;

import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.Migration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays of a migration history kept in the embedded development server, so a long history is
 * replayed once instead of on every run (the second layer of {@link dev.shale.history.HistoryStates},
 * asked when the file cache misses). A replay is a database named after the content
 * of the migrations it holds ({@code shale_history_<hash of names and checksums>}): an edited, added or
 * removed migration gives another name, so a kept replay is always exactly what replaying those
 * migrations gives. A run starts from the longest kept prefix of its history (a copy of it, or the
 * database itself when nothing is added), replays the rest, and keeps its result for the next run;
 * only the two newest replays are kept.
 */
public final class ReplayCache {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayCache.class);
    static final String PREFIX = "shale_history_";
    private static final int KEPT = 2;

    private final DatabaseUrl admin;
    private final DevServer server;

    /** The cache of the project's embedded server (started when needed). */
    public ReplayCache(DevDatabase dev) {
        this.server = dev.start();
        this.admin = server.url("postgres");
    }

    /** A kept replay of the first {@code length} migrations. */
    public record Hit(int length, DatabaseUrl url) {}

    /** The longest kept replay of a prefix of {@code migrations}, no longer than {@code limit}. */
    public Optional<Hit> longestPrefix(List<Migration> migrations, int limit) {
        Set<String> kept = keptNames();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = prefixNames(migrations);
        for (int k = Math.min(limit, migrations.size()); k >= 1; k--) {
            if (kept.contains(names.get(k - 1))) {
                return Optional.of(new Hit(k, server.url(names.get(k - 1))));
            }
        }
        return Optional.empty();
    }

    /**
     * A scratch database to replay on: a copy of {@code from} when given (and not in use by another
     * command), else empty. Returns it with the number of migrations it already holds.
     */
    public Scratch scratch(Optional<Hit> from) {
        ShadowDatabase.dropAbandoned(admin);
        String name = ShadowDatabase.scratchName();
        if (from.isPresent()) {
            try {
                ShadowDatabase.execute(admin, "CREATE DATABASE \"" + name + "\" TEMPLATE \"" + from.get().url().database() + "\"");
                return new Scratch(ShadowDatabase.inServer(admin, server.url(name)), from.get().length());
            } catch (RuntimeException e) {
                LOG.info("could not copy the kept replay {} ({}); replaying from the start", from.get().url().database(),
                        e.getMessage());
            }
        }
        ShadowDatabase.execute(admin, "CREATE DATABASE \"" + name + "\"");
        return new Scratch(ShadowDatabase.inServer(admin, server.url(name)), 0);
    }

    /** A scratch database and how many migrations of the history it holds. */
    public record Scratch(ShadowDatabase shadow, int holds) {}

    /**
     * Keeps {@code shadow}, which holds exactly {@code migrations} replayed, for the next runs (it is
     * renamed, no longer dropped when closed), and drops the older kept replays.
     */
    public void keep(ShadowDatabase shadow, List<Migration> migrations) {
        if (migrations.isEmpty()) {
            return;
        }
        String name = prefixNames(migrations).get(migrations.size() - 1);
        try {
            if (keptNames().contains(name)) {
                return;
            }
            ShadowDatabase.execute(admin, "ALTER DATABASE \"" + shadow.url().database() + "\" RENAME TO \"" + name + "\"");
            shadow.release();
        } catch (RuntimeException e) {
            LOG.info("could not keep the replay as {}: {}", name, e.getMessage());
            return;
        }
        List<String> byAge = keptByAge();
        for (int i = 0; i < byAge.size() - KEPT; i++) {
            try {
                ShadowDatabase.execute(admin, "DROP DATABASE IF EXISTS \"" + byAge.get(i) + "\" WITH (FORCE)");
            } catch (RuntimeException e) {
                LOG.debug("could not drop the old replay {}: {}", byAge.get(i), e.getMessage());
            }
        }
    }

    /** {@code shale_history_<hash>} of each prefix: the hash covers every name and checksum up to it. */
    static List<String> prefixNames(List<Migration> migrations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> names = new ArrayList<>(migrations.size());
            for (Migration m : migrations) {
                digest.update((m.name() + "\u0000" + m.checksum() + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] hash = ((MessageDigest) digest.clone()).digest();
                StringBuilder sb = new StringBuilder(PREFIX);
                for (int i = 0; i < 12; i++) {
                    sb.append(String.format("%02x", hash[i]));
                }
                names.add(sb.toString());
            }
            return names;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Set<String> keptNames() {
        return new HashSet<>(keptByAge());
    }

    /** Kept replays, oldest first (database oids grow). */
    private List<String> keptByAge() {
        List<String> names = new ArrayList<>();
        try (Connection c = DevDatabase.connect(admin); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shale\\_history\\_%' ORDER BY oid")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            LOG.debug("could not list the kept replays: {}", e.getMessage());
        }
        return names;
    }
}
