package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate dev} handing over between the tools: a project started with {@code prisma migrate dev}
 * continues with {@code shale migrate dev}, after which Prisma finds its history up to date and nothing
 * to migrate; and the other way round. Skipped when Node or the Prisma peers are missing.
 */
class DevPrismaInteropTest {
    @TempDir Path project;

    private static String golden(String name) throws Exception {
        try (InputStream in = DevPrismaInteropTest.class.getResourceAsStream("/develop/golden-evolution/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void schema(String text, DatabaseKind kind) throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"),
                text.replace("provider = \"postgresql\"", "provider = \"" + kind.prismaProvider() + "\""));
    }

    private static String url(TestDatabase db) {
        return db.url().kind() == DatabaseKind.SQLITE ? "file:" + db.url().sqlitePath() : db.url().masked().replace(":***", "");
    }

    private ShaleProcess.Result shale(String url, TestDatabase shadow, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        if (shadow != null) {
            all.addAll(List.of("--shadow-url", url(shadow)));
        }
        return ShaleProcess.run(project, Map.of("DATABASE_URL", url), all.toArray(String[]::new));
    }

    private List<String> folders() throws Exception {
        try (Stream<Path> list = Files.list(project.resolve("prisma/migrations"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "SQLITE"})
    void prismaStartsShaleContinuesAndPrismaFindsItUpToDate(DatabaseKind kind) throws Exception {
        PrismaPeer prisma = PrismaPeer.require();
        try (TestDatabase db = TestDatabases.of(kind);
                TestDatabase shadow = kind == DatabaseKind.POSTGRESQL ? TestDatabases.postgres() : null) {
            prisma.setUp(project);
            String url = url(db);
            schema(golden("init.prisma"), kind);
            PrismaPeer.Result init = prisma.run(project, url, "migrate", "dev", "--name", "init");
            assertThat(init.exitCode()).as(init.output()).isZero();

            schema(golden("evolved.prisma"), kind);
            ShaleProcess.Result evolved = shale(url, shadow, "migrate", "dev", "--name", "Evolve Users!");
            assertThat(evolved.exitCode()).as(evolved.all()).isZero();
            assertThat(evolved.out()).contains("_evolve_users/", "Your database is now in sync with your schema.");
            List<String> folders = folders();
            assertThat(folders).hasSize(2);
            if (kind == DatabaseKind.POSTGRESQL) {
                assertThat(Files.readString(project.resolve("prisma/migrations").resolve(folders.get(1)).resolve("migration.sql")))
                        .isEqualTo(golden("evolve.migration.sql"));
            }

            PrismaPeer.Result status = prisma.run(project, url, "migrate", "status");
            assertThat(status.exitCode()).as(status.output()).isZero();
            assertThat(status.output()).contains("2 migrations found", "Database schema is up to date!");
            if (kind == DatabaseKind.SQLITE) {
                // The peers' offline engine shim replays only the first statement of each SQLite migration on
                // its shadow database, so `prisma migrate dev` reports drift on Prisma's own history there
                // (checked by hand: the same after `prisma migrate dev --name init` alone). Status is reliable.
                return;
            }
            PrismaPeer.Result again = prisma.run(project, url, "migrate", "dev", "--name", "nothing");
            assertThat(again.exitCode()).as(again.output()).isZero();
            assertThat(again.output()).contains("Already in sync");

            // And back: a migration Prisma creates is continued by Shale.
            schema(golden("evolved.prisma").replace("  bio      String?\n", "  bio      String?\n  age      Int?\n"), kind);
            PrismaPeer.Result byPrisma = prisma.run(project, url, "migrate", "dev", "--name", "add age");
            assertThat(byPrisma.exitCode()).as(byPrisma.output()).isZero();
            ShaleProcess.Result inSync = shale(url, shadow, "migrate", "dev", "--name", "nothing");
            assertThat(inSync.exitCode()).as(inSync.all()).isZero();
            assertThat(inSync.out()).contains("Already in sync");
            assertThat(shale(url, null, "migrate", "status").out()).contains("3 migrations found", "Database schema is up to date!");
        }
    }
}
