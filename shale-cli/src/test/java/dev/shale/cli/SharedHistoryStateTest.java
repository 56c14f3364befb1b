package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One history state for every command (dev.shale.history.HistoryStates): what {@code shale lint} computed
 * is read from the project's {@code .shale/cache} by {@code migrate diff --from-migrations} and
 * {@code migrate dev}, which then need no shadow database at all (their --shadow-url points at nothing);
 * an edited migration misses the cache and is replayed again.
 */
class SharedHistoryStateTest {
    @TempDir Path project;

    private static String url(TestDatabase db) {
        return db.url().masked().replace(":***", "");
    }

    private void write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ShaleProcess.Result shale(String... args) throws Exception {
        return ShaleProcess.run(project, Map.of(), args);
    }

    @Test
    void lintCachesTheStateThatDiffAndDevReadAndAnEditMisses() throws Exception {
        write("prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    Int     @id\n"
                + "  email String\n  name  String?\n  bio   String?\n}\n");
        write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
        write("prisma/migrations/20240101000000_init/migration.sql", "-- CreateTable\nCREATE TABLE \"User\" (\n"
                + "    \"id\" INTEGER NOT NULL,\n    \"email\" TEXT NOT NULL,\n\n    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n");
        write("prisma/migrations/20240102000000_add_name/migration.sql", "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\n");
        try (TestDatabase shadow = TestDatabases.postgres(); TestDatabase app = TestDatabases.postgres()) {
            // Nothing listens on port 1: a command that needed this shadow database would fail.
            String nowhere = "postgresql://postgres@127.0.0.1:1/nowhere?schema=" + shadow.url().schema();

            ShaleProcess.Result lint = shale("lint", "--schema", "prisma/schema.prisma", "--shadow-url", url(shadow));
            assertThat(lint.err()).as(lint.all()).contains("Replayed 2 migrations on a shadow database");
            assertThat(HistoryCacheFiles.count(project)).isEqualTo(1);

            ShaleProcess.Result diff = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", nowhere);
            assertThat(diff.exitCode()).as(diff.all()).isZero();
            assertThat(diff.out()).containsPattern("ALTER TABLE \"User\" ADD COLUMN +\"bio\" TEXT;").doesNotContain("\"name\"");
            assertThat(diff.err()).contains("Read the state of 2 migrations from the history cache").doesNotContain("Replayed");

            ShaleProcess.Result deploy = shale("migrate", "deploy", "--schema", "prisma/schema.prisma", "--url", url(app));
            assertThat(deploy.exitCode()).as(deploy.all()).isZero();
            ShaleProcess.Result dev = shale("migrate", "dev", "--url", url(app), "--shadow-url", nowhere, "--create-only",
                    "--name", "add bio");
            assertThat(dev.exitCode()).as(dev.all()).isZero();
            Path created;
            try (Stream<Path> folders = Files.list(project.resolve("prisma/migrations"))) {
                created = folders.filter(p -> p.getFileName().toString().endsWith("_add_bio")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(created.resolve("migration.sql"))).containsPattern("ADD COLUMN +\"bio\" TEXT;");
            Files.walk(created).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

            // An edited migration is another history: the cache misses, the unusable shadow database is needed and fails.
            write("prisma/migrations/20240102000000_add_name/migration.sql",
                    "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\nALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT;\n");
            ShaleProcess.Result missed = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", nowhere);
            assertThat(missed.exitCode()).as(missed.all()).isNotZero();
            assertThat(missed.err()).contains("127.0.0.1:1").doesNotContain("Read the state", "Exception");
            ShaleProcess.Result replayed = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", url(shadow));
            assertThat(replayed.exitCode()).as(replayed.all()).isZero();
            assertThat(replayed.out()).isEqualTo("-- This is an empty migration.\n\n");
            assertThat(replayed.err()).contains("Replayed 2 migrations on a shadow database.");
            assertThat(HistoryCacheFiles.count(project)).isEqualTo(2);
        }
    }
}
