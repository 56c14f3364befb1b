package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.migrate.Checksum;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example's migration lifecycle through the command line: the README's first command on
 * the embedded development database, deploy and status on a fresh database, and Prisma's view of the
 * result.
 */
class ExamplePlatformCliTest {
    static final Path EXAMPLE = Path.of("../examples/companion-platform/prisma");

    @TempDir Path project;

    record Run(int code, String out, String err) {}

    private static Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> migrationNames() {
        return new MigrationsDirectory(EXAMPLE.resolve("migrations")).list().stream().map(Migration::name).toList();
    }

    /** A copy of the example as a project of its own: prisma/schema.prisma and prisma/migrations. */
    private void copyExample() throws Exception {
        Path target = project.resolve("prisma");
        try (var files = Files.walk(EXAMPLE)) {
            for (Path p : files.toList()) {
                Path copy = target.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
    }

    /** Run as the README runs it (no URL anywhere, so the embedded database, in real processes): twice. */
    @Test
    void readmeLifecycleOnTheEmbeddedDatabaseAppliesTheHistoryThenHasNothingPending() throws Exception {
        copyExample();
        List<String> names = migrationNames();
        try {
            ShaleProcess.Result deploy = ShaleProcess.run(project, Map.of(), "migrate", "deploy", "--schema", "prisma/schema.prisma");
            assertThat(deploy.exitCode()).as(deploy.all()).isZero();
            assertThat(deploy.err()).startsWith("Using the embedded development database postgresql://postgres@localhost:")
                    .doesNotContain("Exception");
            assertThat(deploy.out()).contains(names.size() + " migrations found in prisma/migrations",
                    "All migrations have been successfully applied.");
            for (String name : names) {
                assertThat(deploy.out()).contains("└─ " + name + "/");
            }
            ShaleProcess.Result status = ShaleProcess.run(project, Map.of(), "migrate", "status", "--schema", "prisma/schema.prisma");
            assertThat(status.exitCode()).as(status.all()).isZero();
            assertThat(status.out()).endsWith("Database schema is up to date!\n");

            ShaleProcess.Result again = ShaleProcess.run(project, Map.of(), "migrate", "deploy", "--schema", "prisma/schema.prisma");
            assertThat(again.exitCode()).as(again.all()).isZero();
            assertThat(again.out()).contains("No pending migrations to apply.").doesNotContain("└─");
            assertThat(ShaleProcess.run(project, Map.of(), "migrate", "status", "--schema", "prisma/schema.prisma").exitCode()).isZero();
            assertThat(project.resolve(".shale/dev-db/data")).isDirectory();
        } finally {
            ShaleProcess.run(project, Map.of(), "dev-db", "stop");
        }
    }

    @Test
    void deployThenStatusOnAFreshDatabaseRecordsTheWholeHistory() throws Exception {
        String schema = EXAMPLE.resolve("schema.prisma").toString();
        List<String> names = migrationNames();
        try (TestDatabase db = TestDatabases.postgres()) {
            String url = db.url().masked().replace(":***", "");
            String events = project.resolve("events.jsonl").toString();

            Run pending = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(pending.code()).isEqualTo(1);
            assertThat(pending.out()).contains(names.size() + " migrations found in", "have not yet been applied:\n"
                    + String.join("\n", names));

            Run deploy = shale("migrate", "deploy", "--schema", schema, "--url", url, "--events", events);
            assertThat(deploy.code()).as(deploy.err()).isZero();
            assertThat(deploy.out()).contains("All migrations have been successfully applied.");
            assertThat(Files.readAllLines(Path.of(events))).filteredOn(l -> l.contains("\"event\":\"applied\"")).hasSize(names.size());

            Run status = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(status.code()).as(status.out() + status.err()).isZero();
            assertThat(status.out()).endsWith("Database schema is up to date!\n");

            List<String> recorded = new ArrayList<>();
            try (Connection c = Connections.open(db.url()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    recorded.add(name);
                    assertThat(rs.getString(2)).as(name).isEqualTo(
                            Checksum.of(Files.readAllBytes(EXAMPLE.resolve("migrations").resolve(name).resolve("migration.sql"))));
                    assertThat(rs.getTimestamp(3)).as(name).isNotNull();
                    assertThat(rs.getTimestamp(4)).as(name).isNull();
                    assertThat(rs.getString(5)).as(name).isNull();
                }
            }
            assertThat(recorded).containsExactlyElementsOf(names);
        }
    }

    @Test
    void theExampleLintsWithoutErrorsOrWarnings() {
        Run lint = shale("lint", "--schema", EXAMPLE.resolve("schema.prisma").toString());
        assertThat(lint.code()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.out()).contains("0 errors, 0 warnings");
    }

    /**
     * On a project without migrations, {@code migrate plan} writes the first migration as {@code migrate dev}
     * does: the example's init, byte for byte (no {@code CREATE SCHEMA "public"}: an empty database has it).
     */
    @Test
    void planOnAnEmptyHistoryWritesTheExamplesInitMigration() throws Exception {
        Path schema = Files.createDirectories(project.resolve("prisma")).resolve("schema.prisma");
        Files.copy(Path.of("../shale-core/src/test/resources/companion-platform-states/20251101000000_init.prisma"), schema);
        Run plan = shale("migrate", "plan", "--name", "init", "--schema", schema.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isZero();
        Path written;
        try (var folders = Files.list(project.resolve("prisma/migrations"))) {
            written = folders.filter(p -> p.getFileName().toString().endsWith("_init")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(written.resolve("migration.sql")))
                .isEqualTo(Files.readString(EXAMPLE.resolve("migrations/20251101000000_init/migration.sql")));
    }

    /** Prisma 7.10 (peers, optional) finds the database Shale deployed up to date and equal to the schema. */
    @Test
    void prismaSeesTheDeployedExampleUpToDateAndEqualToTheSchema() throws Exception {
        PrismaPeer prisma = PrismaPeer.require();
        copyExample();
        prisma.setUp(project);
        try (TestDatabase db = TestDatabases.postgres()) {
            String url = db.url().masked().replace(":***", "");
            Run deploy = shale("migrate", "deploy", "--schema", project.resolve("prisma/schema.prisma").toString(), "--url", url,
                    "--events", project.resolve("events.jsonl").toString());
            assertThat(deploy.code()).as(deploy.err()).isZero();

            PrismaPeer.Result status = prisma.run(project, url, "migrate", "status");
            assertThat(status.exitCode()).as(status.output()).isZero();
            assertThat(status.output()).contains(migrationNames().size() + " migrations found", "Database schema is up to date!");

            PrismaPeer.Result diff = prisma.run(project, url, "migrate", "diff", "--from-config-datasource",
                    "--to-schema", "prisma/schema.prisma", "--exit-code");
            assertThat(diff.exitCode()).as(diff.output()).isZero();
            assertThat(diff.output()).contains("No difference detected.");
        }
    }
}
