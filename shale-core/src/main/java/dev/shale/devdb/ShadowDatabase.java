package dev.shale.devdb;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseEraser;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.DatabaseSupport;
import dev.shale.migrate.Migration;
import dev.shale.migrate.SqlScriptSplitter;
import dev.shale.migrate.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scratch database to replay a migration history on (for {@link dev.shale.history.HistoryStates}),
 * dropped when closed.
 *
 * <ul>
 *   <li>PostgreSQL: a fresh database in the project's embedded development server, so nobody needs
 *       {@code CREATE DATABASE} rights on their own server;
 *   <li>SQLite: a temporary file;
 *   <li>with {@code --shadow-url}: that database, emptied before use (never the main database);
 *   <li>MySQL/MariaDB: only with {@code --shadow-url}: Shale creates no database on a user's server.
 * </ul>
 */
public final class ShadowDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowDatabase.class);
    private static final String PREFIX = "shale_shadow_";

    private final DatabaseUrl url;
    private Runnable cleanup;

    private ShadowDatabase(DatabaseUrl url, Runnable cleanup) {
        this.url = url;
        this.cleanup = cleanup;
    }

    /** A scratch database of the embedded server that {@link ReplayCache} made (a copy of a cached replay, or empty). */
    static ShadowDatabase inServer(DatabaseUrl admin, DatabaseUrl url) {
        String name = url.database();
        return new ShadowDatabase(url, () -> {
            try {
                execute(admin, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (RuntimeException e) {
                LOG.warn("could not drop the shadow database {}: {}", name, e.getMessage());
            }
        });
    }

    /** Closing no longer drops the database (it was kept, renamed, by {@link ReplayCache}). */
    void release() {
        cleanup = () -> { };
    }

    /** The name a new scratch database gets (its creator's pid first, so an abandoned one is recognised). */
    static String scratchName() {
        return PREFIX + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A scratch database for {@code kind}.
     *
     * @param projectDir the project (its embedded server holds PostgreSQL scratch databases)
     * @param shadowUrl a database the user gave for this ({@code --shadow-url}); it is emptied
     * @param mainUrl the database being developed, which a shadow URL must not point at
     */
    public static ShadowDatabase create(DatabaseKind kind, Path projectDir, Optional<DatabaseUrl> shadowUrl,
            Optional<DatabaseUrl> mainUrl) {
        if (shadowUrl.isPresent()) {
            return userProvided(kind, shadowUrl.get(), mainUrl);
        }
        return switch (kind) {
            case POSTGRESQL -> inDevServer(new DevDatabase(projectDir));
            case SQLITE -> temporarySqlite();
            case MYSQL -> throw ShaleException.usage("MySQL/MariaDB needs a shadow database to replay the migrations on: pass "
                    + "--shadow-url mysql://USER@HOST:3306/SCRATCH_DB (an empty database Shale may wipe); Shale never creates "
                    + "databases on your server by itself");
        };
    }

    /** The scratch database's URL. */
    public DatabaseUrl url() {
        return url;
    }

    /**
     * Runs the scripts of {@code migrations} in order, statement by statement (outside transactions, as
     * Prisma replays them), and fails with the migration, statement and line that do not apply.
     */
    public void apply(List<Migration> migrations) {
        try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            DatabaseSupport db = DatabaseSupport.of(url.kind());
            for (Migration m : migrations) {
                List<SqlStatement> statements = SqlScriptSplitter.split(m.script(), url.kind());
                for (int i = 0; i < statements.size(); i++) {
                    SqlStatement st = statements.get(i);
                    try {
                        s.execute(st.sql());
                    } catch (SQLException e) {
                        throw new ShaleException(ExitCode.PROBLEMS, "migration `" + m.name() + "` failed to apply cleanly to the "
                                + "shadow database: statement " + (i + 1) + " of " + statements.size() + ", migrations/" + m.name()
                                + "/migration.sql:" + db.errorLine(e, st) + "\n  " + st.summary() + "\n" + db.errorText(e), e);
                    }
                }
            }
        } catch (SQLException e) {
            throw ShaleException.problems("error on the shadow database " + url.masked() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static ShadowDatabase inDevServer(DevDatabase dev) {
        DevServer server = dev.start();
        DatabaseUrl admin = server.url("postgres");
        dropAbandoned(admin);
        String name = scratchName();
        execute(admin, "CREATE DATABASE \"" + name + "\"");
        return new ShadowDatabase(server.url(name), () -> {
            try {
                execute(admin, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (RuntimeException e) {
                LOG.warn("could not drop the shadow database {}: {}", name, e.getMessage());
            }
        });
    }

    /** Shadow databases whose creating process is gone (it was killed before it could drop them). */
    static void dropAbandoned(DatabaseUrl admin) {
        List<String> abandoned = new ArrayList<>();
        try (Connection c = DevDatabase.connect(admin); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shale\\_shadow\\_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                try {
                    long pid = Long.parseLong(parts[0]);
                    if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                        abandoned.add(name);
                    }
                } catch (NumberFormatException ignored) {
                    // Not one of ours.
                }
            }
        } catch (SQLException e) {
            LOG.debug("could not list shadow databases: {}", e.getMessage());
        }
        for (String name : abandoned) {
            try {
                execute(admin, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (RuntimeException e) {
                LOG.debug("could not drop the abandoned shadow database {}: {}", name, e.getMessage());
            }
        }
    }

    private static ShadowDatabase temporarySqlite() {
        try {
            Path dir = Files.createTempDirectory("shale-shadow");
            Path file = dir.resolve("shadow.db");
            return new ShadowDatabase(DatabaseUrl.parse("file:" + file), () -> {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    dir.resolve("shadow.db" + suffix).toFile().delete();
                }
                dir.toFile().delete();
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a temporary SQLite shadow database", e);
        }
    }

    private static ShadowDatabase userProvided(DatabaseKind kind, DatabaseUrl shadow, Optional<DatabaseUrl> main) {
        checkUserProvided(kind, shadow, main);
        empty(shadow);
        return new ShadowDatabase(shadow, () -> {
            try {
                empty(shadow);
            } catch (RuntimeException e) {
                LOG.warn("could not empty the shadow database {}: {}", shadow.masked(), e.getMessage());
            }
        });
    }

    /**
     * Fails (usage) when a {@code --shadow-url} cannot be the shadow database of {@code kind}: another
     * provider, or the main database itself. Connects to nothing.
     */
    public static void checkUserProvided(DatabaseKind kind, DatabaseUrl shadow, Optional<DatabaseUrl> main) {
        if (shadow.kind() != kind) {
            throw ShaleException.usage("the shadow database " + shadow.masked() + " is not a " + kind.prismaProvider()
                    + " database like the project's");
        }
        if (main.isPresent() && main.get().location().equals(shadow.location())
                && java.util.Objects.equals(main.get().schema(), shadow.schema())) {
            throw ShaleException.usage("the shadow database URL points at the main database (" + shadow.location()
                    + "); give an empty scratch database: Shale empties the shadow database before each use");
        }
    }

    /** Removes everything from a user-provided shadow database. */
    private static void empty(DatabaseUrl shadow) {
        try {
            DatabaseEraser.erase(shadow);
        } catch (SQLException e) {
            throw ShaleException.problems("error on the shadow database " + shadow.masked() + " emptying it: " + e.getMessage());
        } catch (IOException e) {
            throw ShaleException.problems("cannot empty the shadow database " + shadow.masked() + ": " + e.getMessage());
        }
    }

    /** Runs the statements in order on one connection. */
    static void execute(DatabaseUrl url, String... sql) {
        try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
            for (String one : sql) {
                try {
                    s.execute(one);
                } catch (SQLException e) {
                    throw ShaleException.problems("error on the shadow database " + url.masked() + " running `" + one + "`: "
                            + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw ShaleException.problems("error on the shadow database " + url.masked() + ": " + e.getMessage());
        }
    }
}
