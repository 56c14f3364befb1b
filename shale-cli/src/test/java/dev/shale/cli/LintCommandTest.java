package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private Run lint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ShaleCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path migration(String name, String sql) throws Exception {
        Path folder = dir.resolve("migrations").resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("migration.sql"), sql);
        return folder;
    }

    @Test
    void cleanHistoryExitsZero() throws Exception {
        migration("20240101000000_init", "CREATE TABLE \"User\" (\"id\" TEXT NOT NULL);\nCREATE INDEX \"User_id_idx\" ON \"User\"(\"id\");\n");
        Run run = lint("--migrations", dir.resolve("migrations").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings, 0 infos in 1 file");
    }

    @Test
    void errorFindingExitsOneWithPositionAndFix() throws Exception {
        migration("20240101000000_init", "CREATE TABLE \"User\" (\"id\" TEXT NOT NULL);\n");
        migration("20240102000000_index_user_email", "CREATE INDEX CONCURRENTLY \"a\" ON \"User\"(\"email\");\nCREATE INDEX \"b\" ON \"User\"(\"name\");\n");
        Run run = lint("--migrations", dir.resolve("migrations").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("migration\\.sql:1:1: error SH308 ")
                .containsPattern("migration\\.sql:2:1: warning SH301 ")
                .contains("    fix: ");
    }

    /**
     * A SQLite history as Prisma writes it: a table redefinition (PRAGMA, a new_ table, a copy, DROP TABLE,
     * a rename) is not PostgreSQL, so the statement rules do not read it (no SH001 on PRAGMA, no SH203/SH703
     * on the redefinition's DROP TABLE, no SH307), and SH004 says once that the SQL was not checked.
     */
    @Test
    void sqliteMigrationsAreNotReadAsPostgres() throws Exception {
        migration("20240101000000_init", "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL PRIMARY KEY,\n"
                + "    \"name\" TEXT\n);\n");
        migration("20240102000000_make_user_name_required", """
                -- RedefineTables
                PRAGMA defer_foreign_keys=ON;
                PRAGMA foreign_keys=OFF;
                CREATE TABLE "new_User" (
                    "id" INTEGER NOT NULL PRIMARY KEY,
                    "name" TEXT NOT NULL
                );
                INSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";
                DROP TABLE "User";
                ALTER TABLE "new_User" RENAME TO "User";
                PRAGMA foreign_keys=ON;
                PRAGMA defer_foreign_keys=OFF;
                """);
        Files.writeString(dir.resolve("migrations/migration_lock.toml"), "provider = \"sqlite\"\n");
        Run run = lint("--migrations", dir.resolve("migrations").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsOnlyOnce("info SH004 2 migrations not checked statement by statement")
                .contains("written for SQLite")
                .doesNotContain("SH001").doesNotContain("SH203").doesNotContain("SH307").doesNotContain("SH703")
                .contains("0 errors, 0 warnings, 1 info in 2 files");

        // The same SQL in a PostgreSQL project is read statement by statement (PRAGMA is not PostgreSQL).
        Files.writeString(dir.resolve("migrations/migration_lock.toml"), "provider = \"postgresql\"\n");
        Run postgres = lint("--migrations", dir.resolve("migrations").toString());
        assertThat(postgres.out()).contains("SH001").contains("SH203").doesNotContain("SH004");
    }

    @Test
    void jsonSarifAndJunitAreWellFormed() throws Exception {
        migration("20240101000000_drop_user_fax", "ALTER TABLE \"User\" DROP COLUMN \"fax\";\n");
        String migrations = dir.resolve("migrations").toString();
        ObjectMapper mapper = new ObjectMapper();

        JsonNode json = mapper.readTree(lint("--migrations", migrations, "--format", "json").out());
        assertThat(json.get("findings")).isNotEmpty();
        assertThat(json.get("findings").get(0).get("code").asText()).startsWith("SH");
        assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(json.get("findings").size());

        JsonNode sarif = mapper.readTree(lint("--migrations", migrations, "--format", "sarif").out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("shale");
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            int index = result.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            assertThat(region.get("startLine").asInt()).isPositive();
        }

        String junit = lint("--migrations", migrations, "--format", "junit").out();
        assertThat(junit).startsWith("<?xml").contains("<testsuite name=\"shale lint\"").contains("<failure type=\"warning\"");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void badInputIsAUsageError() throws Exception {
        assertThat(lint("--migrations", dir.resolve("nope").toString()).code()).isEqualTo(2);
        assertThat(lint("--format", "xml", "--migrations", dir.toString()).code()).isEqualTo(2);
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{ \"rulez\": {} }");
        migration("20240101000000_init", "CREATE TABLE \"A\" (\"id\" INT);\n");
        Run run = lint("--migrations", dir.resolve("migrations").toString(), "--config", config.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:1:").contains("rulez");
    }

    @Test
    void looseSqlFilesAndUnparseableSqlNeverCrash() throws Exception {
        Path file = dir.resolve("hand.sql");
        Files.writeString(file, "ALTER TABEL x;\nSELECT 'unterminated;\n");
        Run run = lint(file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("hand.sql:1:7: warning SH001 could not parse `ALTER TABEL x`")
                .contains("warning SH001 could not parse: unterminated string constant");
    }

    @Test
    void unreachableDatabaseExitsThree() throws Exception {
        migration("20240101000000_init", "CREATE TABLE \"A\" (\"id\" INT);\n");
        Run run = lint("--migrations", dir.resolve("migrations").toString(), "--url",
                "postgresql://nobody:secret@127.0.0.1:1/none");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("secret");
    }

    @Test
    void schemaRulesRunWithSchemaAndFindMigrationsNextToIt() throws Exception {
        Path prisma = dir.resolve("prisma");
        Files.createDirectories(prisma.resolve("migrations/20240101000000_init"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n\n"
                + "model User {\n  id Int @id\n  lastLogin DateTime\n  settings Json\n}\n");
        Files.writeString(prisma.resolve("migrations/20240101000000_init/migration.sql"),
                "CREATE TABLE \"User\" (\"id\" INT NOT NULL);\nALTER TABLE \"Account\" ADD COLUMN \"x\" TEXT NOT NULL;\n");
        Run run = lint("--schema", prisma.resolve("schema.prisma").toString(), "--no-pending");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("schema.prisma:7:3: warning SH104").contains("schema.prisma:8:3: warning SH601")
                .contains("migration.sql:2:").contains("warning SH201");
    }

    private Path project(String provider, String model, String init) throws Exception {
        Path prisma = dir.resolve("prisma");
        Files.createDirectories(prisma.resolve("migrations/20240101000000_init"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider + "\"\n}\n\n" + model);
        Files.writeString(prisma.resolve("migrations/20240101000000_init/migration.sql"), init);
        return prisma.resolve("schema.prisma");
    }

    @Test
    void pendingChangeIsCheckedAndPointsAtTheSchema() throws Exception {
        Path schema = project("postgresql", "model User {\n  id   String @id\n  slug String\n}\n",
                "CREATE TABLE \"User\" (\"id\" TEXT NOT NULL, \"legacy\" TEXT NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n");
        try (dev.shale.testing.TestDatabases.TestDatabase shadow = dev.shale.testing.TestDatabases.postgres()) {
            String shadowUrl = shadow.url().masked().replace(":***", "");
            Run run = lint("--schema", schema.toString(), "--shadow-url", shadowUrl);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("schema.prisma:7:3: warning SH201").contains("schema.prisma:5:7: warning SH202")
                    .contains("drops required column \"User\".\"legacy\"");
            Run skipped = lint("--schema", schema.toString(), "--shadow-url", shadowUrl, "--no-pending");
            assertThat(skipped.out()).doesNotContain("SH201").doesNotContain("SH202");
        }
    }

    /**
     * SH202's two phases, with the history read from a real database (--url): a column made nullable
     * in a deployed migration may be dropped by the pending change; one made nullable in a migration
     * that is not deployed yet may not (both phases would ship together).
     */
    @Test
    void dropInThePendingChangeIsQuietOnlyAfterADeployedMakeNullableMigration() throws Exception {
        Path schema = project("postgresql", "model User {\n  id String @id\n}\n",
                "CREATE TABLE \"User\" (\"id\" TEXT NOT NULL, \"fax\" TEXT NOT NULL, \"pager\" TEXT NOT NULL, "
                        + "CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n");
        Path migrations = schema.getParent().resolve("migrations");
        Files.createDirectories(migrations.resolve("20240102000000_make_user_fax_optional"));
        Files.writeString(migrations.resolve("20240102000000_make_user_fax_optional/migration.sql"),
                "ALTER TABLE \"User\" ALTER COLUMN \"fax\" DROP NOT NULL;\n");
        try (dev.shale.testing.TestDatabases.TestDatabase shadow = dev.shale.testing.TestDatabases.postgres();
                dev.shale.testing.TestDatabases.TestDatabase app = dev.shale.testing.TestDatabases.postgres()) {
            String shadowUrl = shadow.url().masked().replace(":***", "");
            String appUrl = app.url().masked().replace(":***", "");
            StringWriter out = new StringWriter();
            assertThat(ShaleCli.run(new String[] {"migrate", "deploy", "--schema", schema.toString(), "--url", appUrl},
                    new PrintWriter(out, true), new PrintWriter(out, true))).as(out.toString()).isZero();
            Files.createDirectories(migrations.resolve("20240103000000_make_user_pager_optional"));
            Files.writeString(migrations.resolve("20240103000000_make_user_pager_optional/migration.sql"),
                    "ALTER TABLE \"User\" ALTER COLUMN \"pager\" DROP NOT NULL;\n");

            Run run = lint("--schema", schema.toString(), "--shadow-url", shadowUrl, "--url", appUrl);
            assertThat(run.out()).as(run.err())
                    .doesNotContain("\"User\".\"fax\"")
                    .contains("warning SH202 drops \"User\".\"pager\", made nullable in 20240103000000_make_user_pager_optional, "
                            + "which is not deployed yet");

            StringWriter out2 = new StringWriter();
            assertThat(ShaleCli.run(new String[] {"migrate", "deploy", "--schema", schema.toString(), "--url", appUrl},
                    new PrintWriter(out2, true), new PrintWriter(out2, true))).as(out2.toString()).isZero();
            Run deployed = lint("--schema", schema.toString(), "--shadow-url", shadowUrl, "--url", appUrl);
            assertThat(deployed.out()).as(deployed.err()).doesNotContain("SH202");
            assertThat(deployed.out()).contains("(pending change)").contains("0 errors");
        }
    }

    @Test
    void mysqlWithoutAShadowDatabaseSaysThePendingChangeIsNotChecked() throws Exception {
        Path schema = project("mysql", "model User {\n  id   Int @id\n  slug String\n}\n",
                "CREATE TABLE `User` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));\n");
        Run run = lint("--schema", schema.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("info SH003 pending change not checked: MySQL/MariaDB needs a shadow database");
    }

    @Test
    void examplePlatformSchemaHasNoErrorOrWarning() {
        Path example = Path.of("../examples/companion-platform/prisma/schema.prisma");
        Run run = lint("--schema", example.toAbsolutePath().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain(": warning ").doesNotContain(": error ").contains("0 errors, 0 warnings");
    }
}
