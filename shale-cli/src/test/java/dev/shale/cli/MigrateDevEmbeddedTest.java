package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider postgresql and no URL anywhere: {@code migrate dev}, {@code migrate reset} and {@code db push}
 * work on the embedded development database (saying so in one line), the shadow replay in a scratch
 * database of the same server; reset needs no {@code --force} there.
 */
class MigrateDevEmbeddedTest {
    @TempDir Path project;

    @AfterEach
    void stop() throws Exception {
        ShaleProcess.run(project, Map.of(), "dev-db", "stop");
    }

    @Test
    void theEmbeddedDevelopmentDatabaseIsTheDefault() throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"),
                "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    Int    @id\n  email String\n}\n");
        ShaleProcess.Result first = ShaleProcess.run(project, Map.of(), "migrate", "dev", "--name", "init");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.err()).containsOnlyOnce("Using the embedded development database postgresql://postgres@localhost:");
        assertThat(first.out()).contains("PostgreSQL database \"shale_dev\"", "└─ ", "_init/",
                "Your database is now in sync with your schema.");

        Files.writeString(project.resolve("prisma/schema.prisma"),
                "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    Int    @id\n  email String\n  bio   String?\n}\n");
        ShaleProcess.Result second = ShaleProcess.run(project, Map.of(), "migrate", "dev", "--name", "add bio", "--create-only");
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("without applying it");

        ShaleProcess.Result reset = ShaleProcess.run(project, Map.of(), "migrate", "reset");
        assertThat(reset.exitCode()).as(reset.all()).isZero();
        assertThat(reset.out()).contains("Database reset successful", "_init/", "_add_bio/");
        assertThat(project.resolve(".shale/events.jsonl")).exists();

        ShaleProcess.Result push = ShaleProcess.run(project, Map.of(), "db", "push");
        assertThat(push.exitCode()).as(push.all()).isZero();
        assertThat(push.out()).contains("already in sync");

        // Replays are kept in the embedded server under the content of the history: an edited migration is replayed
        // again, never read from the replay of its old text (else the database's "extra" column would be drift).
        ShaleProcess.Result inSync = ShaleProcess.run(project, Map.of(), "migrate", "dev");
        assertThat(inSync.out()).contains("Already in sync");
        Path addBio;
        try (var list = Files.list(project.resolve("prisma/migrations"))) {
            addBio = list.filter(p -> p.getFileName().toString().endsWith("_add_bio")).findFirst().orElseThrow()
                    .resolve("migration.sql");
        }
        Files.writeString(addBio, Files.readString(addBio) + "ALTER TABLE \"User\" ADD COLUMN \"extra\" TEXT;\n");
        assertThat(ShaleProcess.run(project, Map.of(), "migrate", "reset").exitCode()).isZero();
        ShaleProcess.Result edited = ShaleProcess.run(project, Map.of(), "migrate", "dev");
        assertThat(edited.exitCode()).as(edited.all()).isEqualTo(2);
        assertThat(edited.err()).contains("[-] Removed column `extra`").doesNotContain("drift");
    }
}
