package dev.shale.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.datamodel.Datamodel;
import dev.shale.db.DatabaseKind;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.pull.SchemaGenerator;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import dev.shale.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replayed history state cached under .shale/cache: exact round trip, keyed on the history, never trusted blindly. */
class HistoryCacheTest {
    @TempDir Path project;

    static final String INIT = """
            CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'it''s');
            CREATE TABLE "User" (
                "id" SERIAL NOT NULL,
                "email" VARCHAR(191) NOT NULL,
                "role" "Role" NOT NULL DEFAULT 'USER',
                "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[],
                "score" DOUBLE PRECISION NOT NULL DEFAULT 1.50,
                "price" DECIMAL(10,2) DEFAULT 3.20,
                "active" BOOLEAN NOT NULL DEFAULT true,
                "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "token" UUID DEFAULT gen_random_uuid(),
                "data" JSONB DEFAULT '{"a": [1, 2]}',
                "blob" BYTEA,
                "big" BIGINT NOT NULL DEFAULT 12345678901,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "score_positive" CHECK ("score" >= 0)
            );
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            CREATE INDEX "User_createdAt_idx" ON "User"("createdAt" DESC) WHERE "active";
            CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" INTEGER, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
            ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id")
                ON DELETE SET NULL ON UPDATE CASCADE;
            CREATE VIEW "ActiveUser" AS SELECT "id" FROM "User" WHERE "active";
            CREATE SEQUENCE "ticket_seq" START 100 INCREMENT 5;
            """;

    /** The service on {@code cache}, asked once and closed (as a command uses it). */
    private static HistoryStates.State state(HistoryCache cache, DatabaseKind kind, String namespace, List<Migration> migrations,
            Supplier<ShadowDatabase> shadows) {
        try (HistoryStates states = HistoryStates.on(cache, kind, namespace, shadows)) {
            return states.state(migrations);
        }
    }

    private List<Migration> history(String... scripts) throws Exception {
        Path dir = project.resolve("prisma/migrations");
        for (int i = 0; i < scripts.length; i++) {
            Path folder = dir.resolve(String.format("2024010100%04d_step_%d", i, i));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("migration.sql"), scripts[i]);
        }
        return new MigrationsDirectory(dir).list();
    }

    @Test
    void replaysOnceThenReadsTheSameStateFromTheCache() throws Exception {
        List<Migration> migrations = history(INIT, "ALTER TABLE \"User\" ADD COLUMN \"nick\" TEXT;\n");
        try (TestDatabases.TestDatabase shadow = TestDatabases.postgres()) {
            AtomicInteger opened = new AtomicInteger();
            Supplier<ShadowDatabase> shadows = () -> {
                opened.incrementAndGet();
                return ShadowDatabase.create(DatabaseKind.POSTGRESQL, project, Optional.of(shadow.url()), Optional.empty());
            };
            HistoryCache cache = new HistoryCache(project, "1.0.0");
            HistoryStates.State first = state(cache, DatabaseKind.POSTGRESQL, "public", migrations, shadows);
            assertThat(first.fromCache()).isFalse();
            assertThat(first.replayed()).isEqualTo(2);
            assertThat(first.schema().table("User").orElseThrow().column("nick")).isPresent();
            assertThat(first.schema().views()).isNotEmpty();
            assertThat(first.schema().sequences()).isNotEmpty();

            HistoryStates.State second = state(new HistoryCache(project, "1.0.0"), DatabaseKind.POSTGRESQL, "public",
                    migrations, shadows);
            assertThat(second.fromCache()).isTrue();
            assertThat(second.replayed()).isZero();
            assertThat(second.schema()).isEqualTo(first.schema());
            assertThat(opened).hasValue(1);
            assertThat(Files.readString(project.resolve(".shale/.gitignore"))).contains("*");

            // A corrupt entry (truncated by a crash, or edited) is ignored and rebuilt, never an error.
            Path file = cache.file(cache.key(DatabaseKind.POSTGRESQL, "public", migrations));
            for (String garbage : List.of("", "{", "not json", "{\"format\":1,\"key\":\"other\",\"crc32c\":\"x\"}\n{}",
                    Files.readString(file).replace("\"Role\"", "42"),
                    Files.readString(file).substring(0, Files.readString(file).length() / 2))) {
                Files.writeString(file, garbage);
                HistoryStates.State again = state(cache, DatabaseKind.POSTGRESQL, "public", migrations, shadows);
                assertThat(again.schema()).as("after writing <%s>", garbage).isEqualTo(first.schema());
            }
            Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
            assertThat(state(cache, DatabaseKind.POSTGRESQL, "public", migrations, shadows).fromCache()).isFalse();
            assertThat(state(cache, DatabaseKind.POSTGRESQL, "public", migrations, shadows).fromCache()).isTrue();
        }
    }

    @Test
    void keyChangesWithEveryEditOrderProviderNamespaceAndVersion() throws Exception {
        List<Migration> base = history("CREATE TABLE \"A\" (\"id\" INT);\n", "CREATE TABLE \"B\" (\"id\" INT);\n");
        HistoryCache v1 = new HistoryCache(project, "1.0.0");
        String key = v1.key(DatabaseKind.POSTGRESQL, "public", base);
        assertThat(v1.key(DatabaseKind.POSTGRESQL, "public", List.copyOf(base))).isEqualTo(key);

        Migration second = base.get(1);
        Migration edited = new Migration(second.name(), second.directory(),
                "CREATE TABLE \"B\" (\"id\" INT); \n".getBytes(StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>(List.of(key,
                v1.key(DatabaseKind.POSTGRESQL, "public", List.of(base.get(0), edited)),
                v1.key(DatabaseKind.POSTGRESQL, "public", List.of(base.get(1), base.get(0))),
                v1.key(DatabaseKind.POSTGRESQL, "public", List.of(base.get(0))),
                v1.key(DatabaseKind.SQLITE, null, base),
                v1.key(DatabaseKind.POSTGRESQL, "other", base),
                new HistoryCache(project, "1.0.1").key(DatabaseKind.POSTGRESQL, "public", base)));
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void sqliteHistoryIsCachedToo() throws Exception {
        List<Migration> migrations = history("CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
                + "\"name\" TEXT DEFAULT 'x', \"at\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
                + "CREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n");
        HistoryCache cache = new HistoryCache(project, "1.0.0");
        Supplier<ShadowDatabase> shadows = () -> ShadowDatabase.create(DatabaseKind.SQLITE, project, Optional.empty(),
                Optional.empty());
        HistoryStates.State first = state(cache, DatabaseKind.SQLITE, null, migrations, shadows);
        HistoryStates.State second = state(cache, DatabaseKind.SQLITE, null, migrations, () -> {
            throw new AssertionError("the cache should answer");
        });
        assertThat(second.schema()).isEqualTo(first.schema());
        assertThat(first.schema().tables()).hasSize(1);
    }

    @Test
    void oldEntriesArePruned() throws Exception {
        List<Migration> one = history("CREATE TABLE \"A\" (\"id\" INT);\n");
        HistoryCache cache = new HistoryCache(project, "1.0.0");
        for (int i = 0; i < 20; i++) {
            cache.write(cache.key(DatabaseKind.POSTGRESQL, "ns" + i, one), SqlSchema.empty());
        }
        try (Stream<Path> files = Files.list(cache.directory())) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("history-")).count()).isBetween(1L, 8L);
        }
    }

    /** Any schema Shale calculates (generated, for each provider) comes back from JSON equal. */
    @Property(tries = 60)
    void jsonRoundTripIsExact(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) throws Exception {
        for (DatabaseKind kind : DatabaseKind.values()) {
            String text = new SchemaGenerator(seed, kind).generate();
            var validation = Psl.validate(List.of(new SourceFile("schema.prisma", text)));
            assertThat(validation.datamodel()).as(text).isPresent();
            Datamodel d = validation.datamodel().get();
            SqlSchema schema = SqlSchemaCalculator.calculate(d);
            assertThat(SqlSchemaJson.read(SqlSchemaJson.write(schema), SqlSchema.class)).as(text).isEqualTo(schema);
            assertThat(SqlSchemaJson.read(SqlSchemaJson.writeBytes(schema), SqlSchema.class)).as(text).isEqualTo(schema);
        }
    }
}
