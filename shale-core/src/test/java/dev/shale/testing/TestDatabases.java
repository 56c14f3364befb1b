package dev.shale.testing;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests, one fresh database per call so tests can run in any order.
 *
 * <ul>
 *   <li>PostgreSQL: the server at {@code SHALE_TEST_POSTGRES_URL} when set, else an embedded
 *       PostgreSQL (Maven Central binaries) started once per test JVM.
 *   <li>MySQL/MariaDB: the server at {@code SHALE_TEST_MYSQL_URL}; without it the test is skipped
 *       and a notice is printed once.
 *   <li>SQLite: a file in a fresh temporary folder.
 * </ul>
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36)
            + Long.toString(System.nanoTime() % 1_000_000, 36);
    private static volatile DatabaseUrl postgresServer;
    private static volatile EmbeddedPostgres embedded;
    private static volatile boolean mysqlNoticePrinted;

    private TestDatabases() {}

    /** A fresh, empty PostgreSQL database; dropped when the returned handle is closed. */
    public static TestDatabase postgres() {
        DatabaseUrl server = postgresServer();
        String name = uniqueName("shale_t");
        execute(server, "CREATE DATABASE \"" + name + "\"");
        DatabaseUrl url = server.withDatabase(name);
        return new TestDatabase(url, () -> execute(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)"));
    }

    /** A fresh, empty MySQL/MariaDB database, or the test is skipped when no server is configured. */
    public static TestDatabase mysql() {
        String env = System.getenv("SHALE_TEST_MYSQL_URL");
        if (env == null || env.isBlank()) {
            if (!mysqlNoticePrinted) {
                mysqlNoticePrinted = true;
                System.err.println("NOTICE: MySQL/MariaDB tests are skipped: SHALE_TEST_MYSQL_URL is not set "
                        + "(e.g. mysql://root@127.0.0.1:3306/test)");
            }
            Assumptions.abort("SHALE_TEST_MYSQL_URL is not set: MySQL/MariaDB test skipped");
        }
        DatabaseUrl server = DatabaseUrl.parse(env);
        String name = uniqueName("shale_t");
        execute(server, "CREATE DATABASE `" + name + "`");
        return new TestDatabase(server.withDatabase(name), () -> execute(server, "DROP DATABASE IF EXISTS `" + name + "`"));
    }

    /** True when a MySQL/MariaDB server is configured for tests. */
    public static boolean mysqlAvailable() {
        String env = System.getenv("SHALE_TEST_MYSQL_URL");
        return env != null && !env.isBlank();
    }

    /** A fresh SQLite database file in a temporary folder; deleted on close. */
    public static TestDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("shale-sqlite");
            Path file = dir.resolve("test.db");
            return new TestDatabase(DatabaseUrl.parse("file:" + file), () -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database of the given kind. */
    public static TestDatabase of(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> postgres();
            case MYSQL -> mysql();
            case SQLITE -> sqlite();
        };
    }

    /** The PostgreSQL server tests use (its maintenance database), starting the embedded one if needed. */
    public static synchronized DatabaseUrl postgresServer() {
        if (postgresServer == null) {
            String env = System.getenv("SHALE_TEST_POSTGRES_URL");
            if (env != null && !env.isBlank()) {
                postgresServer = DatabaseUrl.parse(env);
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
                }
                EmbeddedPostgres started = embedded;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temporary data folder is removed by the library
                    }
                }));
                postgresServer = DatabaseUrl.parse("postgresql://postgres@localhost:" + embedded.getPort() + "/postgres");
            }
        }
        return postgresServer;
    }

    private static String uniqueName(String prefix) {
        return prefix + "_" + RUN_ID + "_" + COUNTER.incrementAndGet();
    }

    /** Runs one statement on a fresh connection (autocommit). */
    public static void execute(DatabaseUrl url, String sql) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed on " + url.masked() + ": " + e.getMessage(), e);
        }
    }

    /** A database made for one test. Close it to drop it. */
    public record TestDatabase(DatabaseUrl url, Runnable dropper) implements AutoCloseable {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties());
        }

        @Override
        public void close() {
            dropper.run();
        }
    }
}
