package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.migrate.Checksum;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate dev}, {@code migrate reset} and {@code db push} through the command line on real
 * databases: the files written (byte-compared with what Prisma 7.10 wrote for the same schemas), the
 * history, drift explained and never reset without {@code --force-reset}, unsafe changes refused.
 */
class CliMigrateDevTest {
    @TempDir Path project;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = CliMigrateDevTest.class.getResourceAsStream("/develop/golden-evolution/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String schema(String text) throws IOException {
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, text);
        return schema.toString();
    }

    private static String provider(String schema, DatabaseKind kind) {
        return schema.replace("provider = \"postgresql\"", "provider = \"" + kind.prismaProvider() + "\"");
    }

    private static String url(TestDatabase db) {
        return db.url().kind() == DatabaseKind.SQLITE ? "file:" + db.url().sqlitePath() : db.url().masked().replace(":***", "");
    }

    private Path migrations() {
        return project.resolve("prisma/migrations");
    }

    private List<String> folders() throws IOException {
        if (!Files.isDirectory(migrations())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(migrations())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String script(String folder) throws IOException {
        return Files.readString(migrations().resolve(folder).resolve("migration.sql"));
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(TestDatabase db, String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    private String[] dev(String schema, TestDatabase db, TestDatabase shadow, String... more) {
        List<String> args = new ArrayList<>(List.of("migrate", "dev", "--schema", schema, "--url", url(db),
                "--events", project.resolve("events.jsonl").toString()));
        if (shadow != null) {
            args.addAll(List.of("--shadow-url", url(shadow)));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void firstSecondCreateOnlyEditedAndInSyncWriteWhatPrismaWrites() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(golden("init.prisma"));
            Run first = shale(dev(schema, db, shadow, "--name", "init"));
            assertThat(first.code()).as(first.all()).isZero();
            assertThat(first.out()).contains("The following migration(s) have been created and applied from new schema changes:",
                    "Your database is now in sync with your schema.");
            List<String> folders = folders();
            assertThat(folders).hasSize(1);
            assertThat(folders.get(0)).matches("\\d{14}_init");
            assertThat(script(folders.get(0))).isEqualTo(golden("init.migration.sql"));
            assertThat(Files.readString(migrations().resolve("migration_lock.toml"))).contains("provider = \"postgresql\"");
            assertThat(count(db, "SELECT count(*) FROM \"User\"")).isZero();
            assertThat(Files.readString(project.resolve("events.jsonl"))).contains("\"event\":\"applied\"", folders.get(0));

            Run same = shale(dev(schema, db, shadow, "--name", "nothing"));
            assertThat(same.code()).as(same.all()).isZero();
            assertThat(same.out()).contains("Already in sync, no schema change or pending migration was found.");
            assertThat(folders()).hasSize(1);

            schema(golden("evolved.prisma"));
            Run unnamed = shale(dev(schema, db, shadow));
            assertThat(unnamed.code()).isEqualTo(2);
            assertThat(unnamed.err()).contains("--name", "[+] Added enums", "Role");
            assertThat(folders()).hasSize(1);

            Run created = shale(dev(schema, db, shadow, "--create-only", "--name", "Evolve Users!"));
            assertThat(created.code()).as(created.all()).isZero();
            assertThat(created.out()).contains("created the following migration without applying it");
            String second = folders().get(1);
            assertThat(second).matches("\\d{14}_evolve_users");
            assertThat(script(second)).isEqualTo(golden("evolve.migration.sql"));
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(1);

            // The user edits the created migration; the next run applies it as edited.
            Path file = migrations().resolve(second).resolve("migration.sql");
            Files.writeString(file, "\n-- Backfill written by hand\nUPDATE \"User\" SET \"bio\" = 'edited';\n", StandardOpenOption.APPEND);
            Run applied = shale(dev(schema, db, shadow));
            assertThat(applied.code()).as(applied.all()).isZero();
            assertThat(applied.out()).contains("The following migration(s) have been applied:", second,
                    "Your database is now in sync with your schema.");
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations WHERE checksum = '"
                    + Checksum.of(Files.readAllBytes(file)) + "' AND finished_at IS NOT NULL")).isEqualTo(1);
            assertThat(shale(dev(schema, db, shadow)).out()).contains("Already in sync");
            assertThat(shale("migrate", "status", "--schema", schema, "--url", url(db)).code()).isZero();
        }
    }

    @Test
    void driftIsExplainedWithTheWayOutAndResetOnlyWithForceReset() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(golden("init.prisma"));
            assertThat(shale(dev(schema, db, shadow, "--name", "init")).code()).isZero();
            execute(db, "INSERT INTO \"User\" (\"email\", \"legacy\") VALUES ('a@x', 'l')",
                    "ALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT", "CREATE TABLE \"Audit\" (\"id\" INTEGER)",
                    "DROP INDEX \"User_email_key\"");
            schema(golden("evolved.prisma"));

            Run drift = shale(dev(schema, db, shadow, "--name", "evolve"));
            assertThat(drift.code()).isEqualTo(1);
            assertThat(drift.err()).contains("drift detected",
                    "Table \"User\": column \"nickname\" exists in the database but not in the migrations",
                    "Table \"Audit\" exists in the database but not in the migrations",
                    "Table \"User\": index \"User_email_key\" is in the migrations but not in the database",
                    "shale migrate reset --force", "shale migrate dev --force-reset --name evolve",
                    "shale migrate diff --from-migrations " + migrations() + " --to-url", "shale migrate resolve --applied");
            assertThat(folders()).hasSize(1);
            assertThat(count(db, "SELECT count(*) FROM \"User\"")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'nickname'")).isEqualTo(1);

            Run reset = shale(dev(schema, db, shadow, "--name", "evolve", "--force-reset"));
            assertThat(reset.code()).as(reset.all()).isZero();
            assertThat(reset.out()).contains("The database was reset (--force-reset)",
                    "The following migration(s) have been created and applied from new schema changes:");
            assertThat(folders()).hasSize(2);
            assertThat(count(db, "SELECT count(*) FROM \"User\"")).isZero();
            assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'Audit'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL")).isEqualTo(2);

            // A database with the tables but no history (made by db push, or by hand) is drift too, with the baseline hint.
            execute(db, "DROP TABLE _prisma_migrations");
            Run unmanaged = shale(dev(schema, db, shadow, "--name", "next"));
            assertThat(unmanaged.code()).isEqualTo(1);
            assertThat(unmanaged.err()).contains("Table \"User\" exists in the database but not in the migrations",
                    "baseline it", "shale migrate resolve --applied " + folders().get(0));
        }
    }

    @Test
    void anEditedOrFailedAppliedMigrationStopsWithWhatToDo() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(golden("init.prisma"));
            assertThat(shale(dev(schema, db, shadow, "--name", "init")).code()).isZero();
            String init = folders().get(0);
            Path file = migrations().resolve(init).resolve("migration.sql");
            String applied = Checksum.of(Files.readAllBytes(file));
            Files.writeString(file, "-- edited after it was applied\n", StandardOpenOption.APPEND);

            Run edited = shale(dev(schema, db, shadow, "--name", "next"));
            assertThat(edited.code()).isEqualTo(1);
            assertThat(edited.err()).contains("The migration `" + init + "` was edited after it was applied",
                    Checksum.of(Files.readAllBytes(file)), applied, "git checkout", "shale migrate dev --force-reset");
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(1);

            Files.writeString(file, golden("init.migration.sql"));
            execute(db, "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) "
                    + "VALUES ('x', 'y', '20300101000000_broken', now(), 0)");
            Run failed = shale(dev(schema, db, shadow, "--name", "next"));
            assertThat(failed.code()).isEqualTo(1);
            assertThat(failed.err()).contains("The migration `20300101000000_broken` failed", "is not resolved",
                    "is applied in the database but missing from", "shale migrate reset");
        }
    }

    @Test
    void anUnsafeChangeIsRefusedThenWrittenWithItsFindingsWhenAllowed() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(golden("init.prisma"));
            assertThat(shale(dev(schema, db, shadow, "--name", "init")).code()).isZero();
            execute(db, "INSERT INTO \"User\" (\"email\", \"legacy\") VALUES ('a@x', 'l'), ('b@x', 'm')",
                    "INSERT INTO \"Post\" (\"title\", \"authorId\") SELECT 'p', \"id\" FROM \"User\"", "ANALYZE");
            String withoutPosts = golden("init.prisma").replace("  posts    Post[]\n", "")
                    .replaceAll("(?s)model Post \\{.*?\\}\n", "");
            schema(withoutPosts);

            Run refused = shale(dev(schema, db, shadow, "--name", "drop posts"));
            assertThat(refused.code()).as(refused.all()).isEqualTo(1);
            assertThat(refused.err()).contains("You are about to drop the `Post` table, which is not empty (2 rows).",
                    "error: the new migration is unsafe; nothing was written.", "error SH203", "fix:", "--allow-unsafe");
            assertThat(folders()).hasSize(1);
            assertThat(count(db, "SELECT count(*) FROM \"Post\"")).isEqualTo(2);

            Run allowed = shale(dev(schema, db, shadow, "--name", "drop posts", "--allow-unsafe"));
            assertThat(allowed.code()).as(allowed.all()).isZero();
            String written = script(folders().get(1));
            assertThat(written).startsWith("/*\n  Shale lint findings accepted with --allow-unsafe:\n")
                    .contains("error SH203", "    fix: ", "  Warnings:\n\n  - You are about to drop the `Post` table",
                            "-- DropTable\nDROP TABLE \"Post\";");
            assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'Post'")).isZero();
            assertThat(allowed.out()).contains("which is not empty (2 rows)");
        }
    }

    @Test
    void resetRefusesADatabaseThatIsNotTheDevelopmentOneWithoutForce() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String schema = schema(golden("init.prisma"));
            assertThat(shale(dev(schema, db, shadow, "--name", "init")).code()).isZero();
            execute(db, "INSERT INTO \"User\" (\"email\", \"legacy\") VALUES ('a@x', 'l')", "CREATE TABLE \"Extra\" (\"id\" INTEGER)");

            Run refused = shale("migrate", "reset", "--schema", schema, "--url", url(db));
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("is not the embedded development database", "shale migrate reset --force");
            assertThat(count(db, "SELECT count(*) FROM \"User\"")).isEqualTo(1);

            Run forced = shale("migrate", "reset", "--schema", schema, "--url", url(db), "--force", "--skip-seed",
                    "--events", project.resolve("reset-events.jsonl").toString());
            assertThat(forced.code()).as(forced.all()).isZero();
            assertThat(forced.out()).contains("Database reset successful", "The following migration(s) have been applied:",
                    folders().get(0));
            assertThat(count(db, "SELECT count(*) FROM \"User\"")).isZero();
            assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'Extra'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(1);
            assertThat(Files.readString(project.resolve("reset-events.jsonl"))).contains("\"event\":\"applied\"");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "SQLITE", "MYSQL"})
    void dbPushAppliesTheSchemaAndRefusesDataLossUnlessAccepted(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            String schema = schema(provider(golden("init.prisma"), kind));
            Run push = shale("db", "push", "--schema", schema, "--url", url(db));
            assertThat(push.code()).as(push.all()).isZero();
            assertThat(push.out()).contains("Your database is now in sync with your schema.");
            assertThat(shale("db", "push", "--schema", schema, "--url", url(db)).out())
                    .contains("The database is already in sync with the schema.");
            execute(db, "INSERT INTO " + q(kind, "User") + " (" + q(kind, "email") + ", " + q(kind, "legacy") + ") VALUES ('a@x', 'l')");

            schema(provider(golden("init.prisma").replace("  legacy   String\n", ""), kind));
            Run refused = shale("db", "push", "--schema", schema, "--url", url(db));
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("You are about to drop the column `legacy` on the `User` table, which still "
                    + "contains 1 non-null value.", "--accept-data-loss");
            assertThat(count(db, "SELECT count(*) FROM " + q(kind, "User") + " WHERE " + q(kind, "legacy") + " = 'l'")).isEqualTo(1);

            Run accepted = shale("db", "push", "--schema", schema, "--url", url(db), "--accept-data-loss");
            assertThat(accepted.code()).as(accepted.all()).isZero();
            assertThat(count(db, "SELECT count(*) FROM " + q(kind, "User"))).isEqualTo(1);
            assertThat(shale("db", "push", "--schema", schema, "--url", url(db)).out()).contains("already in sync");

            schema(provider(golden("init.prisma").replace("  legacy   String\n", "  slug     String\n"), kind));
            Run cannot = shale("db", "push", "--schema", schema, "--url", url(db), "--accept-data-loss");
            assertThat(cannot.code()).isEqualTo(1);
            assertThat(cannot.err()).contains("Added the required column `slug` to the `User` table without a default value. "
                    + "There is 1 row in this table", "--force-reset");
            Run reset = shale("db", "push", "--schema", schema, "--url", url(db), "--force-reset");
            assertThat(reset.code()).as(reset.all()).isZero();
            assertThat(count(db, "SELECT count(*) FROM " + q(kind, "User"))).isZero();
        }
    }

    private static String q(DatabaseKind kind, String identifier) {
        return kind == DatabaseKind.MYSQL ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "MYSQL"})
    void firstAndSecondMigrationOnSqliteAndMysql(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind); TestDatabase shadow = kind == DatabaseKind.MYSQL ? TestDatabases.mysql() : null) {
            String schema = schema(provider(golden("init.prisma"), kind));
            if (kind == DatabaseKind.MYSQL) {
                Run noShadow = shale(dev(schema, db, null, "--name", "init"));
                assertThat(noShadow.code()).isEqualTo(2);
                assertThat(noShadow.err()).contains("--shadow-url");
            }
            Run first = shale(dev(schema, db, shadow, "--name", "init"));
            assertThat(first.code()).as(first.all()).isZero();
            assertThat(folders()).hasSize(1);
            schema(provider(golden("init.prisma").replace("  name     String?\n", "  name     String?\n  bio      String?\n"), kind));
            Run second = shale(dev(schema, db, shadow, "--name", "add bio"));
            assertThat(second.code()).as(second.all()).isZero();
            assertThat(folders()).hasSize(2);
            assertThat(folders().get(1)).endsWith("_add_bio");
            assertThat(script(folders().get(1))).contains("bio");
            assertThat(shale(dev(schema, db, shadow, "--name", "again")).out()).contains("Already in sync");
            assertThat(count(db, "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL")).isEqualTo(2);
            execute(db, "ALTER TABLE " + q(kind, "Post") + " ADD COLUMN " + q(kind, "nickname") + " TEXT");
            Run drift = shale(dev(schema, db, shadow, "--name", "again"));
            assertThat(drift.code()).isEqualTo(1);
            assertThat(drift.err()).contains("Table \"Post\": column \"nickname\" exists in the database but not in the migrations");
        }
    }
}
