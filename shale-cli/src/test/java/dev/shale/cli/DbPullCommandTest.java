package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbPullCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private static Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesANewSchemaThenKeepsNamesAndCommentsOnTheNextPull() throws Exception {
        try (var db = TestDatabases.postgres()) {
            TestDatabases.execute(db.url(), "CREATE TABLE users (id serial PRIMARY KEY, email_address text NOT NULL UNIQUE)");
            TestDatabases.execute(db.url(), "CREATE TABLE posts (id serial PRIMARY KEY, author_id int NOT NULL REFERENCES users(id))");
            TestDatabases.execute(db.url(), "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1'");
            Path schema = dir.resolve("prisma/schema.prisma");
            Run first = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString());
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).contains("Introspected 2 models and wrote them into");
            assertThat(first.err()).contains("Not represented in the schema").contains("function \"public\".\"one()\"");
            String written = Files.readString(schema);
            assertThat(written).startsWith("datasource db {\n  provider = \"postgresql\"\n}\n")
                    .contains("model posts {").contains("users     users @relation(fields: [author_id], references: [id]");

            Files.writeString(schema, """
                    // the project's schema
                    datasource db {
                      provider = "postgresql"
                    }

                    /// A user.
                    model User {
                      id    Int    @id @default(autoincrement())
                      // the login
                      email String @unique @map("email_address") // never shown
                      posts Post[]

                      @@map("users")
                    }

                    model Post {
                      id       Int  @id @default(autoincrement())
                      authorId Int  @map("author_id")
                      author   User @relation(fields: [authorId], references: [id], onDelete: NoAction, onUpdate: NoAction)

                      @@map("posts")
                    }
                    """);
            Run second = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString());
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains("These models were enriched with `@@map` information");
            String again = Files.readString(schema);
            assertThat(again).contains("// the project's schema\ndatasource db {")
                    .contains("/// A user.\nmodel User {")
                    .contains("  // the login\n  email String @unique @map(\"email_address\") // never shown\n")
                    .contains("  author   User @relation(fields: [authorId], references: [id], onDelete: NoAction, onUpdate: NoAction)")
                    .contains("model Post {");
            assertThat(again.indexOf("model User {")).isLessThan(again.indexOf("model Post {"));
        }
    }

    @Test
    void printsWithoutWritingAndWarnsOnStandardError() throws Exception {
        try (var db = TestDatabases.postgres()) {
            TestDatabases.execute(db.url(), "CREATE TABLE loose (a int, p point)");
            Path schema = dir.resolve("schema.prisma");
            Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n}\n");
            Run run = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString(), "--print");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("model loose {").contains("@@ignore");
            assertThat(run.err()).contains("// *** WARNING ***").contains("//   - \"loose\"");
            assertThat(Files.readString(schema)).isEqualTo("datasource db {\n  provider = \"postgresql\"\n}\n");
        }
    }

    @Test
    void unreachableDatabaseExitsThreeInOneLine() {
        Run run = shale("db", "pull", "--url", "postgresql://postgres:secret@127.0.0.1:1/nowhere",
                "--schema", dir.resolve("schema.prisma").toString(), "--print");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot connect").doesNotContain("secret").doesNotContain("\tat ");
    }

    @Test
    void missingSqliteFileExitsThree() {
        Run run = shale("db", "pull", "--url", "file:" + dir.resolve("missing.db"), "--schema",
                dir.resolve("schema.prisma").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void emptyDatabaseIsAClearError() {
        try (var db = TestDatabases.sqlite()) {
            TestDatabases.execute(db.url(), "CREATE TABLE IF NOT EXISTS _prisma_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, "
                    + "finished_at DATETIME, migration_name TEXT NOT NULL, logs TEXT, rolled_back_at DATETIME, "
                    + "started_at DATETIME NOT NULL, applied_steps_count INTEGER NOT NULL)");
            Run run = shale("db", "pull", "--url", db.url().toString(), "--schema", dir.resolve("schema.prisma").toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("The database is empty").contains("P4001");
            assertThat(dir.resolve("schema.prisma")).doesNotExist();
        }
    }

    @Test
    void invalidExistingSchemaNeedsForce() throws Exception {
        try (var db = TestDatabases.sqlite()) {
            TestDatabases.execute(db.url(), "CREATE TABLE t (id INTEGER PRIMARY KEY)");
            Path schema = dir.resolve("schema.prisma");
            Files.writeString(schema, "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel t {\n  id Int @id\n  other Missing\n}\n");
            Run refused = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("--force").contains("Missing");
            Run forced = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString(), "--force");
            assertThat(forced.code()).as(forced.err()).isZero();
            assertThat(Files.readString(schema)).contains("model t {\n  id Int @id @default(autoincrement())\n}");
        }
    }

    @Test
    void providerMismatchIsAUsageError() throws Exception {
        try (var db = TestDatabases.sqlite()) {
            TestDatabases.execute(db.url(), "CREATE TABLE t (id INTEGER PRIMARY KEY)");
            Path schema = dir.resolve("schema.prisma");
            Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n}\n");
            Run run = shale("db", "pull", "--url", db.url().toString(), "--schema", schema.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("provider is `postgresql`");
        }
    }
}
