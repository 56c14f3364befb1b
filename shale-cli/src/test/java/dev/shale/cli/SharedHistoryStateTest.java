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
 * a growing history reads its applied prefix from the cache and replays only the rest; an edited migration
 * misses the cache and is replayed again; a migration that does not apply is reported as before.
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

            // A growing history: the applied prefix is read from the cache, the pending migration replayed on the
            // shadow database; both states are cached, so the next run needs no shadow database either.
            ShaleProcess.Result apply = shale("migrate", "dev", "--url", url(app), "--shadow-url", url(shadow));
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(HistoryCacheFiles.count(project)).isEqualTo(2);
            ShaleProcess.Result inSync = shale("migrate", "dev", "--url", url(app), "--shadow-url", nowhere);
            assertThat(inSync.exitCode()).as(inSync.all()).isZero();
            assertThat(inSync.out()).contains("Already in sync");

            // An edited migration is another history: the cache misses, the unusable shadow database is needed and fails.
            write("prisma/migrations/20240102000000_add_name/migration.sql",
                    "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\nALTER TABLE \"User\" ADD COLUMN \"extra\" TEXT;\n");
            ShaleProcess.Result missed = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", nowhere);
            assertThat(missed.exitCode()).as(missed.all()).isNotZero();
            assertThat(missed.err()).contains("127.0.0.1:1").doesNotContain("Read the state", "Exception");
            ShaleProcess.Result replayed = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", url(shadow));
            assertThat(replayed.exitCode()).as(replayed.all()).isZero();
            assertThat(replayed.out()).contains("DROP COLUMN \"extra\"");
            assertThat(replayed.err()).contains("Replayed 3 migrations on a shadow database.");
            assertThat(HistoryCacheFiles.count(project)).isEqualTo(3);

            // A migration that does not apply is reported as before, by every command, and nothing is cached for it.
            write("prisma/migrations/20240104000000_broken/migration.sql", "ALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;\n");
            ShaleProcess.Result broken = shale("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--script", "--shadow-url", url(shadow));
            assertThat(broken.exitCode()).as(broken.all()).isEqualTo(1);
            assertThat(broken.err()).contains("migration `20240104000000_broken` failed to apply cleanly to the shadow database")
                    .doesNotContain("Exception");
            assertThat(HistoryCacheFiles.count(project)).isEqualTo(3);
        }
    }
}
