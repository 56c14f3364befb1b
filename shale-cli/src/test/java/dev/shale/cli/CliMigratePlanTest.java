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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate plan} through the command line: the history replayed on a shadow database,
 * the plan written beside it and sized with {@code --url}, then deployed with {@code shale migrate
 * deploy} onto a database with rows, which ends at the schema with the rows filled.
 */
class CliMigratePlanTest {
    @TempDir Path project;

    record Run(int code, String out, String err) {}

    private Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static final String BEFORE = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id     Int    @id @default(autoincrement())
              email  String
              legacy String
            }
            """;

    private static final String AFTER = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
              slug  String
            }
            """;

    private static final String INIT = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" SERIAL NOT NULL,
                "email" TEXT NOT NULL,
                "legacy" TEXT NOT NULL,

                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );
            """;

    private Path schema(String text) throws Exception {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, text);
        return schema;
    }

    private Path migrations() throws Exception {
        Path dir = project.resolve("prisma/migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), INIT);
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        return dir;
    }

    private static String url(TestDatabase db) {
        return db.url().masked().replace(":***", "");
    }

    @Test
    void plansReplaysSizesWritesAndTheResultDeploysWithTheRowsKept() throws Exception {
        Path dir = migrations();
        try (TestDatabase shadow = TestDatabases.postgres(); TestDatabase app = TestDatabases.postgres()) {
            String schema = schema(BEFORE).toString();
            Run init = shale("migrate", "deploy", "--schema", schema, "--url", url(app));
            assertThat(init.code()).as(init.err()).isZero();
            try (Connection c = app.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"User\" (\"email\", \"legacy\") SELECT 'User' || g || '@Example.com', 'x' "
                        + "FROM generate_series(1, 250) g");
                s.execute("ANALYZE");
            }
            schema(AFTER);

            Run missing = shale("migrate", "plan", "--name", "add user slug", "--schema", schema, "--shadow-url", url(shadow));
            assertThat(missing.code()).isEqualTo(2);
            assertThat(missing.err()).contains("User.slug (TEXT)", "--backfill 'User.slug=<expression>'", "nothing was written");
            assertThat(folders(dir)).containsExactly("20240101000000_init");

            // The run above cached the history's state (in the working directory's .shale/cache): without it, it is replayed.
            HistoryCacheFiles.clear(Path.of(""));
            Run plan = shale("migrate", "plan", "--name", "add user slug", "--schema", schema, "--shadow-url", url(shadow),
                    "--url", url(app), "--large-table-rows", "100", "--batch-size", "40", "--backfill", "User.slug=lower(\"email\")");
            assertThat(plan.code()).as(plan.err()).isZero();
            assertThat(plan.err()).contains("Replayed 1 migration of").doesNotContain("shale lint reports");
            assertThat(plan.out()).contains("required column \"User\".\"slug\" added without a default",
                    "column \"User\".\"legacy\" removed", "unique index \"User_email_key\" on existing table \"User\"",
                    "Sized with the data of postgresql://postgres", "Wrote 5 migrations");
            List<String> folders = folders(dir);
            assertThat(folders).hasSize(6);
            assertThat(folders.subList(1, 6)).allMatch(f -> f.matches("\\d{14}_add_user_slug_.+"));
            assertThat(folders.subList(1, 6).stream().map(f -> f.substring(15)).toList()).containsExactly(
                    "add_user_slug_expand", "add_user_slug_backfill", "add_user_slug_create_index_user_email_key",
                    "add_user_slug_set_required", "add_user_slug_drop_columns");
            String backfillReadme = Files.readString(dir.resolve(folders.get(2)).resolve("README.md"));
            assertThat(backfillReadme).contains("`User`: 250 rows (exact count), a large table (100 rows)",
                    "At most 7 batches of 40 rows");
            assertThat(Files.readString(dir.resolve(folders.get(3)).resolve("README.md"))).contains("No duplicates of (\"email\")");
            assertThat(Files.readString(dir.resolve(folders.get(3)).resolve("migration.sql")))
                    .startsWith("-- shale:no-transaction\n").contains("CREATE UNIQUE INDEX CONCURRENTLY \"User_email_key\"");

            Run lint = shale("lint", "--schema", schema);
            assertThat(lint.out()).doesNotContain("warning SH2", "warning SH3", "error SH");

            Run deploy = shale("migrate", "deploy", "--schema", schema, "--url", url(app));
            assertThat(deploy.code()).as(deploy.err()).isZero();
            try (Connection c = app.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE \"slug\" = lower(\"email\")) FROM \"User\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(250);
                assertThat(rs.getInt(2)).isEqualTo(250);
            }

            Run again = shale("migrate", "plan", "--name", "add_user_slug", "--schema", schema, "--shadow-url", url(shadow));
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).contains("nothing to plan");
            assertThat(folders(dir)).hasSize(6);
        }
    }

    @Test
    void jsonOutputAndBadInput() throws Exception {
        migrations();
        try (TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(AFTER.replace("  slug  String\n", "  slug  String?\n")).toString();
            Run json = shale("migrate", "plan", "--name", "add_user_slug", "--schema", schema, "--shadow-url", url(shadow), "--json");
            assertThat(json.code()).as(json.err()).isZero();
            JsonNode root = new ObjectMapper().readTree(json.out());
            assertThat(root.get("name").asText()).isEqualTo("add_user_slug");
            assertThat(root.get("sizedWith").isNull()).isTrue();
            assertThat(root.get("migrations").get(0).get("phase").asText()).isEqualTo("ordinary");
            assertThat(root.get("unsafeChanges")).hasSize(2);

            Run unreachable = shale("migrate", "plan", "--name", "add_user_slug", "--schema", schema, "--shadow-url", url(shadow),
                    "--url", "postgresql://postgres:secret@127.0.0.1:1/app");
            assertThat(unreachable.code()).isEqualTo(3);
            assertThat(unreachable.err()).contains("127.0.0.1:1").doesNotContain("secret", "Exception");

            Files.writeString(project.resolve("prisma/migrations/migration_lock.toml"), "provider = \"mysql\"\n");
            Run mismatch = shale("migrate", "plan", "--name", "add_user_slug", "--schema", schema, "--shadow-url", url(shadow));
            assertThat(mismatch.code()).isEqualTo(2);
            assertThat(mismatch.err()).contains("migration_lock.toml", "`mysql`", "`postgresql`");
            Files.writeString(project.resolve("prisma/migrations/migration_lock.toml"), "provider = \"postgresql\"\n");

            Files.writeString(Path.of(schema), "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id Int @id\n  x Nope\n}\n");
            Run invalid = shale("migrate", "plan", "--name", "x", "--schema", schema, "--shadow-url", url(shadow));
            assertThat(invalid.code()).isEqualTo(1);
            assertThat(invalid.err()).contains("the schema is not valid", "Nope").doesNotContain("Exception");

            Run noName = shale("migrate", "plan", "--schema", schema);
            assertThat(noName.code()).isEqualTo(2);
            assertThat(noName.err()).contains("--name");
        }
    }

    private static List<String> folders(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
