package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example platform's schema and migration history lint clean; a planted unsafe change is caught with
 * the right code and fix.
 */
class ExamplePlatformLintTest {
    static final Path HISTORY = Path.of("../examples/companion-platform/prisma/migrations");
    static final String PLANTED_NAME = "20251201000000_add_user_nickname";
    static final String PLANTED = "ALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT NOT NULL;\n"
            + "CREATE INDEX \"Companion_name_idx\" ON \"Companion\"(\"name\");\n"
            + "ALTER TABLE \"Companion\" DROP COLUMN \"name\";\n";

    static final Path SCHEMA = Path.of("../examples/companion-platform/prisma/schema.prisma");

    @TempDir Path dir;

    private static SchemaInput schema(String text) {
        return new SchemaInput(Psl.parse(new SourceFile("schema.prisma", text)));
    }

    /**
     * The example schema has no error or warning. Two infos remain and are expected: the platform keeps
     * {@code @@index([userId])} beside {@code @@index([userId, global])} on Companion, as the practices
     * recommend (SH502 is info for that reason), and SH602 says it needs a database.
     */
    @Test
    void exampleSchemaHasNoErrorOrWarning() throws Exception {
        LintReport report = Linter.standard().lint(LintContext.builder().schema(schema(Files.readString(SCHEMA))).build());
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(report.findings()).extracting(Finding::code).containsExactly("SH602", "SH502");
    }

    @Test
    void plantedSchemaChangeIsCaught() throws Exception {
        String planted = Files.readString(SCHEMA).replace("  canEdit     Boolean   @default(false)\n",
                "  canEdit     Boolean   @default(false)\n  grantedOn   DateTime?\n  extra       Json?\n")
                .replace("onDelete: Cascade)\n  userId      String\n", ")\n  userId      String\n");
        LintReport report = Linter.standard().lint(LintContext.builder().schema(schema(planted)).build());
        assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::code)
                .containsExactlyInAnyOrder("SH104", "SH601", "SH401");
        Finding suffix = report.findings().stream().filter(f -> f.code().equals("SH104")).findFirst().orElseThrow();
        assertThat(suffix.fix()).contains("grantedAt");
        Finding onDelete = report.findings().stream().filter(f -> f.code().equals("SH401")).findFirst().orElseThrow();
        assertThat(onDelete.message()).contains("CompanionPermission.companion");
        assertThat(onDelete.fix()).contains("onDelete: Cascade, Restrict, SetNull or NoAction");
    }

    /** The history alone has no finding at all; with the schema, only the two infos above. */
    @Test
    void historyLintsClean() throws Exception {
        List<MigrationSource> history = MigrationsReader.read(HISTORY, HISTORY.getParent());
        assertThat(history).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Linter.standard().lint(LintContext.builder().migrations(history).build()).findings()).isEmpty();
        LintReport withSchema = Linter.standard().lint(LintContext.builder().migrations(history)
                .schema(schema(Files.readString(SCHEMA))).build());
        assertThat(withSchema.findings()).extracting(Finding::code).containsExactly("SH602", "SH502");
    }

    /** A copy of the example's history with one more migration holding {@link #PLANTED}. */
    private List<MigrationSource> withPlantedChange() throws Exception {
        Path copy = dir.resolve("migrations");
        try (var folders = Files.list(HISTORY)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path target = Files.createDirectories(copy.resolve(folder.getFileName().toString()));
                Files.copy(folder.resolve("migration.sql"), target.resolve("migration.sql"));
            }
        }
        Path planted = copy.resolve(PLANTED_NAME);
        Files.createDirectories(planted);
        Files.writeString(planted.resolve("migration.sql"), "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\n"
                + PLANTED);
        return MigrationsReader.read(copy, dir);
    }

    @Test
    void plantedUnsafeChangeIsCaughtWithCodeAndFix() throws Exception {
        LintReport report = Linter.standard().lint(LintContext.builder().migrations(withPlantedChange()).build());
        assertThat(report.findings()).extracting(Finding::code).containsExactlyInAnyOrder("SH201", "SH301", "SH202", "SH703");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("migrations/" + PLANTED_NAME + "/migration.sql");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        Finding required = finding(report, "SH201");
        assertThat(required.line()).isEqualTo(3);
        assertThat(required.message()).contains("\"User\".\"nickname\"");
        assertThat(required.fix()).contains("nullable").contains("backfill").contains("SET NOT NULL");
        Finding index = finding(report, "SH301");
        assertThat(index.line()).isEqualTo(4);
        assertThat(index.fix()).contains("CREATE INDEX CONCURRENTLY").contains("shale:no-transaction");
        Finding dropped = finding(report, "SH202");
        assertThat(dropped.line()).isEqualTo(5);
        assertThat(dropped.message()).contains("\"Companion\".\"name\"");
        assertThat(dropped.fix()).contains("optional").contains("later migration");
        assertThat(finding(report, "SH703").fix()).contains("backup");
    }

    private static Finding finding(LintReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void withDataTheRequiredColumnIsAnError() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                try (var folders = Files.list(HISTORY)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        s.execute(Files.readString(folder.resolve("migration.sql")));
                    }
                }
                s.execute("INSERT INTO \"User\" (\"id\", \"email\", \"updatedAt\") VALUES ('u1', 'a@example.com', now())");
                s.execute("ANALYZE");
            }
            List<MigrationSource> migrations = new ArrayList<>(withPlantedChange());
            LintReport report = Linter.standard().lint(LintContext.builder().migrations(migrations)
                    .data(new PostgresDataAccess(c, LintConfig.Thresholds.DEFAULT)).build());
            assertThat(report.hasErrors()).isTrue();
            assertThat(report.findings()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("SH201");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("\"User\" has 1 row");
            });
        }
    }
}
