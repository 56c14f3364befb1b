package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate diff} through the command line, on every kind of source, against the output
 * of the real Prisma 7.10 recorded in {@code src/test/resources/migrate-diff} (see its README).
 */
class MigrateDiffCommandTest {
    @TempDir Path work;

    record Run(int code, String out, String err) {}

    private static Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The recorded case folder for a provider, copied to the temporary folder. */
    private Path fixture(String provider) throws IOException, URISyntaxException {
        Path source = Path.of(MigrateDiffCommandTest.class.getResource("/migrate-diff/" + provider).toURI());
        Path target = work.resolve(provider);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    private static String url(TestDatabase db) {
        return db.url().masked().replace(":***", "");
    }

    /** Runs {@code args} and returns what differs from the recorded file, or nothing. */
    private static List<String> check(Path dir, String expectedFile, int expectedCode, String... args) throws IOException {
        Run run = shale(args);
        String expected = Files.readString(dir.resolve(expectedFile));
        List<String> misses = new ArrayList<>();
        if (run.code() != expectedCode) {
            misses.add(expectedFile + ": exit " + run.code() + " instead of " + expectedCode + "\n" + run.err());
        }
        if (!run.out().equals(expected)) {
            misses.add(expectedFile + ": output differs from Prisma's\n--- expected\n" + expected + "--- actual\n" + run.out()
                    + run.err());
        }
        return misses;
    }

    /** The cases that need no database, then live database and migrations folder sources, on one provider. */
    private List<String> everySource(String provider, String appUrl, String shadowUrl) throws Exception {
        Path dir = fixture(provider);
        String before = dir.resolve("before.prisma").toString();
        String after = dir.resolve("after.prisma").toString();
        String migrations = dir.resolve("migrations").toString();
        List<String> misses = new ArrayList<>();
        misses.addAll(check(dir, "empty_to_after.sql", 0, "migrate", "diff", "--from-empty", "--to-schema", after, "--script"));
        misses.addAll(check(dir, "empty_to_after.txt", 0, "migrate", "diff", "--from-empty", "--to-schema", after));
        misses.addAll(check(dir, "before_to_after.sql", 0, "migrate", "diff", "--from-schema", before, "--to-schema", after, "--script"));
        misses.addAll(check(dir, "before_to_after.txt", 0, "migrate", "diff", "--from-schema-datamodel", before,
                "--to-schema-datamodel", after));
        misses.addAll(check(dir, "after_to_empty.sql", 0, "migrate", "diff", "--from-schema", after, "--to-empty", "--script"));
        misses.addAll(check(dir, "after_to_empty.txt", 0, "migrate", "diff", "--from-schema", after, "--to-empty"));

        // The live database holds the first migration, applied by Shale itself.
        Run deploy = shale("migrate", "deploy", "--schema", before, "--url", appUrl);
        assertThat(deploy.code()).as(deploy.err()).isZero();
        misses.addAll(check(dir, "url_to_after.sql", 0, "migrate", "diff", "--from-url", appUrl, "--to-schema", after, "--script"));
        misses.addAll(check(dir, "url_to_after.txt", 2, "migrate", "diff", "--from-url", appUrl, "--to-schema", after, "--exit-code"));
        misses.addAll(check(dir, "after_to_url.sql", 0, "migrate", "diff", "--from-schema", after, "--to-url", appUrl, "--script"));
        misses.addAll(check(dir, "empty_to_url.sql", 0, "migrate", "diff", "--from-empty", "--to-url", appUrl, "--script"));

        List<String> shadow = shadowUrl == null ? List.of() : List.of("--shadow-url", shadowUrl);
        boolean recorded = Files.exists(dir.resolve("migrations_to_after.sql"));
        misses.addAll(check(dir, recorded ? "migrations_to_after.sql" : "url_to_after.sql", 0,
                concat(List.of("migrate", "diff", "--from-migrations", migrations, "--to-schema", after, "--script"), shadow)));
        misses.addAll(check(dir, recorded ? "after_to_migrations.sql" : "after_to_url.sql", 0,
                concat(List.of("migrate", "diff", "--from-schema", after, "--to-migrations", migrations, "--script"), shadow)));

        // No difference: the database against the schema it was made from, and the migrations against it.
        Run same = shale("migrate", "diff", "--from-url", appUrl, "--to-schema", before, "--exit-code");
        assertThat(same.code()).as(same.out() + same.err()).isZero();
        assertThat(same.out()).isEqualTo("No difference detected.\n\n");
        // The runs above cached the history's state (in the working directory's .shale/cache): without it, it is replayed.
        HistoryCacheFiles.clear(Path.of(""));
        Run sameHistory = shale(concat(List.of("migrate", "diff", "--from-migrations", migrations, "--to-url", appUrl, "--exit-code",
                "--script"), shadow));
        assertThat(sameHistory.code()).as(sameHistory.out() + sameHistory.err()).isZero();
        assertThat(sameHistory.out()).isEqualTo("-- This is an empty migration.\n\n");
        assertThat(sameHistory.err()).contains("Replayed 1 migration on a shadow database.");
        Run cached = shale(concat(List.of("migrate", "diff", "--from-migrations", migrations, "--to-url", appUrl, "--exit-code",
                "--script"), shadow));
        assertThat(cached.out()).isEqualTo(sameHistory.out());
        assertThat(cached.err()).contains("Read the state of 1 migration from the history cache").doesNotContain("Replayed");
        return misses;
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }

    @Test
    void postgresEverySourceEqualsPrisma() throws Exception {
        try (TestDatabase app = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            assertThat(everySource("postgresql", url(app), url(shadow))).isEmpty();
        }
    }

    @Test
    void sqliteEverySourceEqualsPrisma() throws Exception {
        try (TestDatabase app = TestDatabases.sqlite()) {
            // No --shadow-url: SQLite migrations are replayed on a temporary file.
            assertThat(everySource("sqlite", url(app), null)).isEmpty();
        }
    }

    @Test
    void outputFileJsonAndExitCodes() throws Exception {
        Path dir = fixture("postgresql");
        String before = dir.resolve("before.prisma").toString();
        String after = dir.resolve("after.prisma").toString();
        String expected = Files.readString(dir.resolve("before_to_after.sql"));

        Path file = work.resolve("out/diff.sql");
        Run written = shale("migrate", "diff", "--from-schema", before, "--to-schema", after, "--script", "-o", file.toString(),
                "--exit-code");
        assertThat(written.code()).isEqualTo(2);
        assertThat(written.out()).isEmpty();
        // As Prisma's -o: the text without the line break console.log adds.
        assertThat(Files.readString(file)).isEqualTo(expected.substring(0, expected.length() - 1));

        Run json = shale("migrate", "diff", "--from-schema", before, "--to-schema", after, "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("provider").asText()).isEqualTo("postgresql");
        assertThat(root.get("different").asBoolean()).isTrue();
        assertThat(root.get("script").asText() + "\n").isEqualTo(expected);
        assertThat(root.get("summary").asText() + "\n").isEqualTo(Files.readString(dir.resolve("before_to_after.txt")));
        List<String> steps = new ArrayList<>();
        root.get("steps").forEach(s -> steps.add(s.get("step").asText() + " " + s.path("object").asText()));
        assertThat(steps).contains("AlterEnum Role", "DropTable Legacy", "CreateTable Tag", "CreateTable _PostToTag");

        Run same = shale("migrate", "diff", "--from-schema", after, "--to-schema", after, "--exit-code", "--json");
        assertThat(same.code()).isZero();
        assertThat(new ObjectMapper().readTree(same.out()).get("steps")).isEmpty();

        Run noExitCode = shale("migrate", "diff", "--from-empty", "--to-schema", after);
        assertThat(noExitCode.code()).isZero();

        // A schema folder: the same models split over two files give the same script.
        String text = Files.readString(Path.of(after));
        int split = text.indexOf("model Post");
        Path folder = work.resolve("split");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.prisma"), text.substring(0, split));
        Files.writeString(folder.resolve("b.prisma"), text.substring(split));
        Run fromFolder = shale("migrate", "diff", "--from-schema", before, "--to-schema", folder.toString(), "--script");
        assertThat(fromFolder.code()).as(fromFolder.err()).isZero();
        assertThat(fromFolder.out()).isEqualTo(expected);
    }

    @Test
    void objectsShaleDoesNotModelAreKeptAndReportedOnce() throws Exception {
        Path dir = fixture("postgresql");
        String before = dir.resolve("before.prisma").toString();
        try (TestDatabase app = TestDatabases.postgres()) {
            assertThat(shale("migrate", "deploy", "--schema", before, "--url", url(app)).code()).isZero();
            try (Connection c = app.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42'");
                s.execute("CREATE MATERIALIZED VIEW user_count AS SELECT count(*) FROM \"User\"");
            }
            Run run = shale("migrate", "diff", "--from-url", url(app), "--to-schema", before, "--script", "--exit-code");
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).isEqualTo("-- This is an empty migration.\n\n");
            assertThat(run.err()).containsOnlyOnce("left out of the diff").contains("function \"public\".\"answer()\"", "\"user_count\"");
        }
    }

    @Test
    void badInputsAreOneLineWithTheFix() throws Exception {
        Path dir = fixture("postgresql");
        String after = dir.resolve("after.prisma").toString();
        String sqliteAfter = fixture("sqlite").resolve("after.prisma").toString();

        Run none = shale("migrate", "diff", "--to-schema", after);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no --from-... given", "--from-empty, --from-schema PATH, --from-migrations DIR or --from-url URL");

        Run two = shale("migrate", "diff", "--from-empty", "--from-url", "postgresql://u:topsecret@db.example.com/app", "--to-schema",
                after);
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).contains("2 --from-... given (--from-empty, --from-url)").doesNotContain("topsecret");

        Run noneWithExitCode = shale("migrate", "diff", "--to-schema", after, "--exit-code");
        assertThat(noneWithExitCode.code()).as("2 would mean a difference").isEqualTo(1);
        assertThat(noneWithExitCode.err()).contains("no --from-... given");

        Run noTo = shale("migrate", "diff", "--from-empty");
        assertThat(noTo.code()).isEqualTo(2);
        assertThat(noTo.err()).contains("no --to-... given");

        Run mixed = shale("migrate", "diff", "--from-schema", after, "--to-schema", sqliteAfter);
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("is postgresql but", "is sqlite", "one database provider");

        Run unreachable = shale("migrate", "diff", "--from-url", "postgresql://postgres:topsecret@127.0.0.1:1/app", "--to-schema", after);
        assertThat(unreachable.code()).isEqualTo(3);
        assertThat(unreachable.err()).contains("127.0.0.1:1").doesNotContain("topsecret", "Exception", "\tat ");
        assertThat(unreachable.err().strip().lines()).hasSize(1);

        Run noFile = shale("migrate", "diff", "--from-url", "file:" + work.resolve("missing.db"), "--to-schema", sqliteAfter);
        assertThat(noFile.code()).isEqualTo(3);
        assertThat(noFile.err()).contains("missing.db", "does not exist");
        assertThat(Files.exists(work.resolve("missing.db"))).isFalse();

        Run noFolder = shale("migrate", "diff", "--from-migrations", work.resolve("nope").toString(), "--to-schema", after);
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).contains("nope", "does not exist");

        Path mongo = write("mongo.prisma", "datasource db {\n  provider = \"mongodb\"\n}\n\nmodel User {\n  id String @id @map(\"_id\")\n}\n");
        Run mongodb = shale("migrate", "diff", "--from-empty", "--to-schema", mongo.toString());
        assertThat(mongodb.code()).isEqualTo(2);
        assertThat(mongodb.err()).contains("`mongodb`", "valid Prisma", "PostgreSQL, MySQL/MariaDB and SQLite");

        Path invalid = write("invalid.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id Int @id\n  x Nope\n}\n");
        Run bad = shale("migrate", "diff", "--from-empty", "--to-schema", invalid.toString(), "--exit-code");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("is not valid", "Nope", "invalid.prisma").doesNotContain("Exception");

        Path mysql = write("mysql.prisma", "datasource db {\n  provider = \"mysql\"\n}\n\nmodel User {\n  id Int @id\n}\n");
        Path history = work.resolve("mysql-migrations");
        Files.createDirectories(history.resolve("20240101000000_init"));
        Files.writeString(history.resolve("20240101000000_init/migration.sql"), "CREATE TABLE `User` (`id` INTEGER NOT NULL);\n");
        Files.writeString(history.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        Run needsShadow = shale("migrate", "diff", "--from-migrations", history.toString(), "--to-schema", mysql.toString());
        assertThat(needsShadow.code()).isEqualTo(2);
        assertThat(needsShadow.err()).contains("--shadow-url", "never creates databases");

        Run both = shale("migrate", "diff", "--from-empty", "--to-schema", after, "--script", "--json");
        assertThat(both.code()).isEqualTo(2);
    }

    @Test
    void mariadbEverySourceAgreesWithItself() throws Exception {
        try (TestDatabase app = TestDatabases.mysql(); TestDatabase shadow = TestDatabases.mysql()) {
            // Prisma's peer here cannot reach MySQL, so the sources are checked against each other: every
            // way of reading one state gives the schema-to-schema script.
            Path before = write("before.prisma", Files.readString(fixture("sqlite").resolve("before.prisma"))
                    .replace("\"sqlite\"", "\"mysql\""));
            Path after = write("after.prisma", Files.readString(work.resolve("sqlite/after.prisma")).replace("\"sqlite\"", "\"mysql\""));
            Path history = work.resolve("prisma-mysql/migrations");
            Files.createDirectories(history.resolve("20240101000000_init"));
            Run init = shale("migrate", "diff", "--from-empty", "--to-schema", before.toString(), "--script", "-o",
                    history.resolve("20240101000000_init/migration.sql").toString());
            assertThat(init.code()).as(init.err()).isZero();
            Files.writeString(history.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
            Files.copy(before, work.resolve("prisma-mysql/schema.prisma"));

            Run deploy = shale("migrate", "deploy", "--schema", work.resolve("prisma-mysql/schema.prisma").toString(), "--url", url(app));
            assertThat(deploy.code()).as(deploy.err()).isZero();
            Run schemas = shale("migrate", "diff", "--from-schema", before.toString(), "--to-schema", after.toString(), "--script");
            assertThat(schemas.out()).contains("CREATE TABLE `Tag`", "DROP TABLE `Legacy`");
            Run live = shale("migrate", "diff", "--from-url", url(app), "--to-schema", after.toString(), "--script");
            assertThat(live.code()).as(live.err()).isZero();
            // The live database also holds the index MySQL made for the foreign key, which goes with the key.
            for (String block : schemas.out().strip().split("\n\n")) {
                assertThat(live.out()).contains(block);
            }
            assertThat(live.out()).contains("DROP INDEX `Post_authorId_fkey` ON `Post`");
            Run replayed = shale("migrate", "diff", "--from-migrations", history.toString(), "--to-schema", after.toString(), "--script",
                    "--shadow-url", url(shadow));
            assertThat(replayed.code()).as(replayed.err()).isZero();
            assertThat(replayed.out()).isEqualTo(live.out());
            Run same = shale("migrate", "diff", "--from-url", url(app), "--to-schema", before.toString(), "--exit-code");
            assertThat(same.code()).as(same.out() + same.err()).isZero();
            assertThat(same.out()).isEqualTo("No difference detected.\n\n");
        }
    }

    private Path write(String name, String text) {
        try {
            Path p = work.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
