package dev.shale.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseUrl;
import dev.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded development PostgreSQL: kept under .shale/, found again, stopped, recovered after a crash. */
class DevDatabaseTest {
    @TempDir Path project;

    @AfterEach
    void stopServer() {
        new DevDatabase(project).stop();
    }

    @Test
    void startsOnceKeepsDataAcrossRestartsAndStopsCleanly() throws Exception {
        DevDatabase dev = new DevDatabase(project);
        assertThat(dev.running()).isEmpty();
        DatabaseUrl url = dev.url();
        assertThat(url.database()).isEqualTo(DevDatabase.DATABASE);
        assertThat(url.host()).isEqualTo("localhost");
        TestDatabases.execute(url, "CREATE TABLE kept (id int)");
        TestDatabases.execute(url, "INSERT INTO kept VALUES (42)");

        DevServer server = dev.running().orElseThrow();
        assertThat(Files.readString(project.resolve(".shale/dev-db/server.json")))
                .contains("\"pid\" : " + server.pid()).contains("\"port\" : " + server.port());
        assertThat(project.resolve(".shale/dev-db/data/PG_VERSION")).exists();
        // A second command (another DevDatabase on the same folder) finds the same server.
        assertThat(new DevDatabase(project).start()).isEqualTo(server);

        assertThat(dev.stop()).isTrue();
        assertThat(dev.running()).isEmpty();
        assertThat(ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(project.resolve(".shale/dev-db/server.json")).doesNotExist();
        assertThat(dev.stop()).isFalse();

        DatabaseUrl again = dev.url();
        assertThat(again.port()).isEqualTo(url.port());
        assertThat(count(again, "SELECT id FROM kept")).isEqualTo(42);
    }

    @Test
    void recoversFromAKilledServerAndAStaleStateFile() throws Exception {
        DevDatabase dev = new DevDatabase(project);
        DatabaseUrl url = dev.url();
        TestDatabases.execute(url, "CREATE TABLE survivor (id int)");
        TestDatabases.execute(url, "INSERT INTO survivor VALUES (7)");
        DevServer server = dev.running().orElseThrow();

        ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        // Children of a killed postmaster leave on their own; PostgreSQL refuses to start while they hold shared memory.
        waitForChildren(server);

        assertThat(dev.running()).isEmpty();
        assertThat(project.resolve(".shale/dev-db/data/postmaster.pid")).exists();
        DevServer restarted = dev.start();
        assertThat(restarted.pid()).isNotEqualTo(server.pid());
        assertThat(count(dev.url(), "SELECT id FROM survivor")).isEqualTo(7);

        // A state file pointing at a dead process is ignored and replaced.
        Files.writeString(project.resolve(".shale/dev-db/server.json"), "{\"pid\": 999999999, \"port\": 1}");
        assertThat(dev.running()).contains(restarted);
    }

    private static void waitForChildren(DevServer server) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean any = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
                    .map(c -> c.contains("postgres") && c.contains(server.dataDirectory().toString())).orElse(false)
                    && p.isAlive());
            if (!any) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static int count(DatabaseUrl url, String sql) throws Exception {
        try (Connection c = DevDatabase.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
