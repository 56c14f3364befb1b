package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shale dev-db` and the embedded fallback across real processes: one server, found by every later command. */
class DevDbCommandTest {
    @TempDir Path project;

    @AfterEach
    void stop() throws Exception {
        ShaleProcess.run(project, Map.of(), "dev-db", "stop");
    }

    @Test
    void oneServerForEveryCommandOfTheProjectKeptAcrossRestarts() throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations/20240101000000_init"));
        Files.writeString(project.resolve("prisma/schema.prisma"),
                "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n");
        Files.writeString(project.resolve("prisma/migrations/20240101000000_init/migration.sql"), "CREATE TABLE kept (id int);\n");

        ShaleProcess.Result started = ShaleProcess.run(project, Map.of(), "dev-db", "start");
        assertThat(started.exitCode()).as(started.all()).isZero();
        String url = started.out().strip();
        assertThat(url).matches("postgresql://postgres@localhost:\\d+/shale_dev");
        long pid = new ObjectMapper().readTree(Files.readString(project.resolve(".shale/dev-db/server.json"))).get("pid").asLong();

        ShaleProcess.Result again = ShaleProcess.run(project, Map.of(), "dev-db", "url");
        assertThat(again.out().strip()).isEqualTo(url);
        assertThat(new ObjectMapper().readTree(Files.readString(project.resolve(".shale/dev-db/server.json"))).get("pid").asLong())
                .isEqualTo(pid);

        ShaleProcess.Result deploy = ShaleProcess.run(project, Map.of(), "migrate", "deploy");
        assertThat(deploy.exitCode()).as(deploy.all()).isZero();
        assertThat(deploy.err()).contains("Using the embedded development database " + url);
        assertThat(deploy.out()).contains("└─ 20240101000000_init/");

        assertThat(ShaleProcess.run(project, Map.of(), "dev-db", "stop").out()).contains("Stopped the development PostgreSQL.");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        ShaleProcess.Result status = ShaleProcess.run(project, Map.of(), "migrate", "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("Database schema is up to date!");
        assertThat(project.resolve(".shale/events.jsonl")).exists();
    }
}
