package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrate commands through the command line, in process: output, exit codes, events. */
class CliMigrateTest {
    @TempDir Path project;

    record Run(int code, String out, String err) {}

    private Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path schema(String provider) throws Exception {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "datasource db {\n  provider = \"" + provider + "\"\n}\n\nmodel A {\n  id Int @id\n}\n");
        return schema;
    }

    private void migration(String name, String sql) throws Exception {
        Path dir = project.resolve("prisma/migrations").resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("migration.sql"), sql);
    }

    @Test
    void deployStatusAndResolveSpeakPrismasLanguageAndExitCodes() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            String schema = schema("postgresql").toString();
            String url = db.url().masked().replace(":***", "");
            String events = project.resolve("events.jsonl").toString();
            migration("20240101000000_init", "CREATE TABLE \"A\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\n");

            Run pending = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(pending.code()).isEqualTo(1);
            assertThat(pending.out()).contains("1 migration found in", "Following migration have not yet been applied:\n20240101000000_init");

            Run deploy = shale("migrate", "deploy", "--schema", schema, "--url", url, "--events", events);
            assertThat(deploy.code()).as(deploy.err()).isZero();
            assertThat(deploy.out()).contains("Datasource \"db\": PostgreSQL database \"" + db.url().database() + "\"",
                    "The following migration(s) have been applied:", "└─ 20240101000000_init/", "All migrations have been successfully applied.");
            List<String> lines = Files.readAllLines(Path.of(events));
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains("\"event\":\"applied\"", "\"migration\":\"20240101000000_init\"");

            Run again = shale("migrate", "deploy", "--schema", schema, "--url", url, "--events", events);
            assertThat(again.out()).contains("No pending migrations to apply.");

            Run upToDate = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(upToDate.code()).isZero();
            assertThat(upToDate.out()).endsWith("Database schema is up to date!\n");

            migration("20240102000000_bad", "CREATE TABLE b (id int);\nSELECT nope FROM nowhere;\n");
            Run failed = shale("migrate", "deploy", "--schema", schema, "--url", url, "--events", events);
            assertThat(failed.code()).isEqualTo(1);
            assertThat(failed.err()).contains("error: migration `20240102000000_bad` failed at statement 2 of 2",
                    "migrations/20240102000000_bad/migration.sql:2", "SELECT nope FROM nowhere", "nowhere");
            assertThat(failed.err()).doesNotContain("Exception", "\tat ");
            assertThat(Files.readString(Path.of(events))).contains("\"event\":\"failed\"");

            Run status = shale("migrate", "status", "--schema", schema, "--url", url, "--json");
            assertThat(status.code()).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(status.out());
            assertThat(json.get("upToDate").asBoolean()).isFalse();
            assertThat(json.get("failed").get(0).get("name").asText()).isEqualTo("20240102000000_bad");
            assertThat(json.get("failed").get(0).get("logs").asText()).contains("statement 2 of 2");

            Run text = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(text.out()).contains("Following migration have failed:", "shale migrate resolve --rolled-back \"20240102000000_bad\"",
                    "shale migrate resolve --applied \"20240102000000_bad\"");

            Run wrong = shale("migrate", "resolve", "--schema", schema, "--url", url, "--rolled-back", "20240101000000_init");
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).contains("cannot be rolled back because it is not in a failed state");

            Run resolved = shale("migrate", "resolve", "--schema", schema, "--url", url, "--events", events, "--rolled-back",
                    "20240102000000_bad");
            assertThat(resolved.code()).isZero();
            assertThat(resolved.out()).contains("Migration 20240102000000_bad marked as rolled back.");
            assertThat(Files.readString(Path.of(events))).contains("\"event\":\"rolled_back\"");

            Files.writeString(project.resolve("prisma/migrations/20240101000000_init/migration.sql"), "-- edited\n", java.nio.file.StandardOpenOption.APPEND);
            Run edited = shale("migrate", "status", "--schema", schema, "--url", url);
            assertThat(edited.code()).isEqualTo(1);
            assertThat(edited.out()).contains("Following migration was modified after it was applied:", "20240101000000_init");
        }
    }

    @Test
    void badInputEndsInOneLineAndTheRightExitCode() throws Exception {
        String schema = schema("postgresql").toString();
        Run unreachable = shale("migrate", "deploy", "--schema", schema, "--url", "postgresql://app:s3cret@127.0.0.1:1/prod");
        assertThat(unreachable.code()).isEqualTo(3);
        assertThat(unreachable.err()).contains("cannot connect to the PostgreSQL database at `127.0.0.1:1/prod`").doesNotContain("s3cret");
        assertThat(shale("migrate", "deploy", "--schema", schema, "--url", "oracle://x").code()).isEqualTo(2);
        assertThat(shale("migrate", "deploy", "--schema", schema, "--lock-timeout", "soon", "--url", "postgresql://x/y").code()).isEqualTo(2);
        assertThat(shale("migrate", "resolve", "--schema", schema, "--url", "postgresql://x/y").code()).isEqualTo(2);
        Run noSchema = shale("migrate", "status", "--schema", project.resolve("missing.prisma").toString());
        assertThat(noSchema.code()).isEqualTo(2);
        assertThat(noSchema.err()).contains("missing.prisma");
    }

    @Test
    void envUrlOfTheSchemaMustBeSetWhenTheresNoDevDatabase() throws Exception {
        Path schema = project.resolve("schema.prisma");
        Files.writeString(schema, "datasource db {\n  provider = \"sqlite\"\n  url = env(\"SHALE_TEST_UNSET_VARIABLE\")\n}\n");
        Run r = shale("migrate", "status", "--schema", schema.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Environment variable not found: SHALE_TEST_UNSET_VARIABLE");
    }

    @Test
    void sqliteUrlFromTheSchemaIsRelativeToTheSchemaFolder() throws Exception {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n");
        migration("20240101000000_init", "CREATE TABLE a (id INTEGER PRIMARY KEY);\n");
        Run r = shale("migrate", "deploy", "--schema", schema.toString(), "--events", project.resolve("e.jsonl").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(project.resolve("prisma/dev.db")).exists();
    }
}
