package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.Checksum;
import dev.shale.migrate.DatabaseSupport;
import dev.shale.migrate.HistoryRecord;
import dev.shale.migrate.MigrationHistory;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shale and the real Prisma 7 CLI on one project and one database, in both directions: the same rows,
 * the same checksums, "up to date" in each other's status, and each continuing the other's history.
 */
class PrismaInteropTest {
    @TempDir Path project;

    private static final String INIT = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" INTEGER NOT NULL,
                "email" TEXT NOT NULL,

                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            """;

    private void files(DatabaseKind kind) throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations"));
        Files.writeString(project.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"" + kind.prismaProvider()
                + "\"\n}\n\nmodel User {\n  id    Int    @id\n  email String @unique\n}\n");
        Files.writeString(project.resolve("prisma/migrations/migration_lock.toml"),
                dev.shale.migrate.MigrationLockFile.text(kind.prismaProvider()));
        migration("20240101000000_init", kind == DatabaseKind.SQLITE ? INIT.replace("INTEGER NOT NULL,", "INTEGER NOT NULL PRIMARY KEY,")
                .replace(",\n\n    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")", "") : INIT);
        // Written on Windows: CRLF line endings.
        migration("20240102000000_add_profiles", "-- CreateTable\r\nCREATE TABLE \"Profile\" (\"id\" INTEGER NOT NULL, \"bio\" TEXT);\r\n");
    }

    private void migration(String name, String sql) throws Exception {
        Path dir = project.resolve("prisma/migrations").resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("migration.sql"), sql);
    }

    private ShaleProcess.Result shale(String url, String... args) throws Exception {
        return ShaleProcess.run(project, Map.of("DATABASE_URL", url), args);
    }

    private static String prismaUrl(DatabaseUrl url) {
        return url.kind() == DatabaseKind.SQLITE ? "file:" + url.sqlitePath() : url.masked().replace(":***", "");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "SQLITE"})
    void aProjectMigratedByPrismaIsUpToDateInShaleAndShaleContinuesIt(DatabaseKind kind) throws Exception {
        PrismaPeer prisma = PrismaPeer.require();
        try (TestDatabase db = TestDatabases.of(kind)) {
            files(kind);
            prisma.setUp(project);
            String url = prismaUrl(db.url());
            PrismaPeer.Result deployed = prisma.run(project, url, "migrate", "deploy");
            assertThat(deployed.exitCode()).as(deployed.output()).isZero();

            ShaleProcess.Result status = shale(url, "migrate", "status");
            assertThat(status.exitCode()).as(status.all()).isZero();
            assertThat(status.out()).contains("2 migrations found in prisma/migrations", "Database schema is up to date!");

            List<HistoryRecord> prismaRows = history(db);
            assertThat(prismaRows).extracting(HistoryRecord::checksum).containsExactly(
                    Checksum.of(Files.readAllBytes(project.resolve("prisma/migrations/20240101000000_init/migration.sql"))),
                    Checksum.of(Files.readAllBytes(project.resolve("prisma/migrations/20240102000000_add_profiles/migration.sql"))));

            // git turns the Windows line endings into LF: neither tool sees an edit.
            Path crlf = project.resolve("prisma/migrations/20240102000000_add_profiles/migration.sql");
            Files.writeString(crlf, Files.readString(crlf).replace("\r\n", "\n"));
            assertThat(shale(url, "migrate", "status").exitCode()).isZero();

            migration("20240103000000_add_posts", "-- CreateTable\nCREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL);\n");
            ShaleProcess.Result continued = shale(url, "migrate", "deploy");
            assertThat(continued.exitCode()).as(continued.all()).isZero();
            assertThat(continued.out()).contains("└─ 20240103000000_add_posts/").doesNotContain("20240101000000_init/");

            PrismaPeer.Result prismaStatus = prisma.run(project, url, "migrate", "status");
            assertThat(prismaStatus.exitCode()).as(prismaStatus.output()).isZero();
            assertThat(prismaStatus.output()).contains("3 migrations found", "Database schema is up to date!");

            List<HistoryRecord> rows = history(db);
            assertThat(rows).hasSize(3);
            HistoryRecord byPrisma = rows.get(0);
            HistoryRecord byShale = rows.get(2);
            // The same shape of row from both tools.
            assertThat(byShale.appliedStepsCount()).isEqualTo(byPrisma.appliedStepsCount()).isEqualTo(1);
            assertThat(byShale.logs()).isEqualTo(byPrisma.logs()).isNull();
            assertThat(byShale.rolledBackAt()).isNull();
            assertThat(byShale.id()).hasSameSizeAs(byPrisma.id());
            assertThat(byShale.checksum()).hasSize(64);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "SQLITE"})
    void aProjectDeployedByShaleIsUpToDateInPrismaWhichResolvesShalesFailures(DatabaseKind kind) throws Exception {
        PrismaPeer prisma = PrismaPeer.require();
        try (TestDatabase db = TestDatabases.of(kind)) {
            files(kind);
            prisma.setUp(project);
            String url = prismaUrl(db.url());
            ShaleProcess.Result deployed = shale(url, "migrate", "deploy");
            assertThat(deployed.exitCode()).as(deployed.all()).isZero();

            PrismaPeer.Result status = prisma.run(project, url, "migrate", "status");
            assertThat(status.exitCode()).as(status.output()).isZero();
            assertThat(status.output()).contains("2 migrations found in prisma/migrations", "Database schema is up to date!");
            assertThat(prisma.run(project, url, "migrate", "deploy").output()).contains("No pending migrations to apply.");

            // A failure recorded by Shale is a failure for Prisma, and Prisma's resolve clears it for Shale.
            migration("20240103000000_broken", "CREATE TABLE \"Broken\" (\"id\" INTEGER);\nSELECT * FROM \"Nowhere\";\n");
            assertThat(shale(url, "migrate", "deploy").exitCode()).isEqualTo(1);
            PrismaPeer.Result failed = prisma.run(project, url, "migrate", "status");
            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.output()).contains("Following migration have failed:", "20240103000000_broken");
            assertThat(prisma.run(project, url, "migrate", "deploy").output()).contains("P3009", "20240103000000_broken");

            migration("20240103000000_broken", "CREATE TABLE \"Broken\" (\"id\" INTEGER);\n");
            PrismaPeer.Result resolved = prisma.run(project, url, "migrate", "resolve", "--rolled-back", "20240103000000_broken");
            assertThat(resolved.exitCode()).as(resolved.output()).isZero();
            ShaleProcess.Result again = shale(url, "migrate", "deploy");
            assertThat(again.exitCode()).as(again.all()).isZero();
            assertThat(again.out()).contains("└─ 20240103000000_broken/");
            assertThat(prisma.run(project, url, "migrate", "status").output()).contains("Database schema is up to date!");
        }
    }

    private static List<HistoryRecord> history(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new MigrationHistory(c, DatabaseSupport.of(db.url().kind())).list();
        }
    }
}
