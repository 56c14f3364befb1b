package dev.shale.lint.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintContext;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.migrations.PrismaChecksum;
import dev.shale.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data-aware rules against a real PostgreSQL: counts, samples, a locked table, the history table. */
class DataAwareLintTest {
    static TestDatabases.TestDatabase db;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.postgres();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"User\" (\"id\" INT PRIMARY KEY, \"name\" TEXT, \"email\" TEXT, \"title\" VARCHAR(200))");
            // 50 rows: 5 without a name, 3 e-mail values used twice, one title of 150 characters
            s.execute("INSERT INTO \"User\" SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'n' || i END, "
                    + "CASE WHEN i <= 6 THEN 'dup' || (i % 3) ELSE 'u' || i END, "
                    + "CASE WHEN i = 7 THEN repeat('x', 150) ELSE 't' END FROM generate_series(1, 50) i");
            s.execute("CREATE TABLE \"Empty\" (\"id\" INT)");
            s.execute("ANALYZE");
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static LintReport lint(String sql, LintConfig.Thresholds thresholds, Connection c) {
        LintConfig config = new LintConfig(null, null, thresholds, false, null);
        return Linter.standard().lint(LintContext.builder().config(config)
                .migrations(List.of(MigrationSource.ofSql("m", "m.sql", sql)))
                .data(new PostgresDataAccess(c, thresholds)).build());
    }

    private static Finding only(LintReport report, String code) {
        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code + " in " + report.findings()).hasSize(1);
        return found.get(0);
    }

    @Test
    void smallTableIsCountedExactly() throws Exception {
        try (Connection c = db.connect()) {
            LintReport report = lint("""
                    ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
                    CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                    ALTER TABLE "User" ADD COLUMN "slug" TEXT NOT NULL;
                    ALTER TABLE "Empty" ADD COLUMN "slug" TEXT NOT NULL;
                    ALTER TABLE "User" ALTER COLUMN "title" SET DATA TYPE VARCHAR(100);
                    DROP TABLE "Empty";
                    """, LintConfig.Thresholds.DEFAULT, c);
            assertThat(only(report, "SH206").message()).contains("but 5 rows hold NULL");
            assertThat(only(report, "SH206").severity()).isEqualTo(Severity.ERROR);
            assertThat(only(report, "SH207").message()).contains("but 3 values occur more than once");
            assertThat(report.findings()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("SH201");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("\"User\" has 50 rows");
            });
            assertThat(report.findings()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("SH201");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("\"Empty\" is empty now");
            });
            assertThat(only(report, "SH205").message()).contains("the longest value is 150 characters");
            assertThat(only(report, "SH203").severity()).isEqualTo(Severity.INFO);
            // a small table: the lock rules say so and drop to info
            assertThat(only(report, "SH304").severity()).isEqualTo(Severity.INFO);
            assertThat(only(report, "SH304").message()).contains("(50 rows)");
        }
    }

    @Test
    void largeTableIsSampledAndLockRulesBecomeErrors() throws Exception {
        LintConfig.Thresholds small = new LintConfig.Thresholds(10, 10, 20, 5_000, 10);
        try (Connection c = db.connect()) {
            LintReport report = lint("ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;\n"
                    + "CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\");\n", small, c);
            assertThat(only(report, "SH301").severity()).isEqualTo(Severity.ERROR);
            assertThat(only(report, "SH301").message()).contains("about 50 rows, planner estimate");
            Finding nulls = only(report, "SH206");
            assertThat(nulls.message()).contains("extrapolated from a sample");
        }
    }

    @Test
    void aLockedTableCouldNotBeCheckedAndLintingGoesOn() throws Exception {
        LintConfig.Thresholds quick = new LintConfig.Thresholds(100_000L, 100_000L, 20_000L, 400L, 10);
        try (Connection holder = db.connect(); Connection c = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE \"User\" IN ACCESS EXCLUSIVE MODE");
                LintReport report = lint("ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;\n"
                        + "CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\");\n", quick, c);
                assertThat(only(report, "SH206").message()).contains("could not be checked");
                assertThat(only(report, "SH301").severity()).isEqualTo(Severity.WARNING);
                assertThat(only(report, "SH304")).isNotNull();
            } finally {
                holder.rollback();
            }
        }
    }

    /** On a large table the enum check reads a sample: a used value is extrapolated, an unseen one is not called absent. */
    @Test
    void enumValueRemovalOnALargeTableReadsASample() throws Exception {
        LintConfig.Thresholds small = new LintConfig.Thresholds(10, 10, 1_000, 5_000, 10);
        String init = "CREATE TYPE \"Level\" AS ENUM ('LOW', 'OLD', 'GONE');\n"
                + "CREATE TABLE \"Ticket\" (\"id\" INT PRIMARY KEY, \"level\" \"Level\" NOT NULL);\n";
        String swap = "CREATE TYPE \"Level_new\" AS ENUM ('LOW');\n"
                + "ALTER TABLE \"Ticket\" ALTER COLUMN \"level\" TYPE \"Level_new\" USING (\"level\"::text::\"Level_new\");\n"
                + "ALTER TYPE \"Level\" RENAME TO \"Level_old\";\nALTER TYPE \"Level_new\" RENAME TO \"Level\";\nDROP TYPE \"Level_old\";\n";
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute(init);
                s.execute("INSERT INTO \"Ticket\" SELECT i, CASE WHEN i % 2 = 0 THEN 'OLD' ELSE 'LOW' END::\"Level\" "
                        + "FROM generate_series(1, 20000) i");
                s.execute("ANALYZE \"Ticket\"");
            }
            LintConfig config = new LintConfig(null, null, small, false, null);
            LintReport report = Linter.standard().lint(LintContext.builder().config(config)
                    .migrations(List.of(MigrationSource.ofSql("20240101000000_init", "a.sql", init),
                            MigrationSource.ofSql("20240102000000_remove_level_values", "b.sql", swap)))
                    .data(new PostgresDataAccess(c, small)).build());
            String message = only(report, "SH208").message();
            assertThat(message).containsPattern("about [0-9,]+ rows of \"Ticket\".\"level\" hold OLD")
                    .contains("could not be confirmed: no row of a sample of");
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE \"Ticket\"; DROP TYPE \"Level\"");
            }
        }
    }

    /**
     * A real statement timeout: 300,000 rows read exactly (exactScanRows above them) with a 1 ms
     * budget. Every data question on the table is cancelled by PostgreSQL (57014); each finding says
     * it could not be checked and why, and the rules that need no data still report.
     */
    @Test
    void aQueryThatTimesOutCouldNotBeCheckedAndLintingGoesOn() throws Exception {
        LintConfig.Thresholds tiny = new LintConfig.Thresholds(100_000L, 1_000_000L, 20_000L, 1L, 10);
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE \"Slow\" AS SELECT i AS \"id\", CASE WHEN i % 7 = 0 THEN NULL ELSE md5(i::text) END "
                        + "AS \"name\" FROM generate_series(1, 300000) i");
                s.execute("ANALYZE \"Slow\"");
            }
            LintReport report = lint("ALTER TABLE \"Slow\" ALTER COLUMN \"name\" SET NOT NULL;\n"
                    + "CREATE UNIQUE INDEX \"Slow_name_key\" ON \"Slow\"(\"name\");\n"
                    + "ALTER TABLE \"Slow\" ALTER COLUMN \"name\" SET DATA TYPE VARCHAR(8);\n", tiny, c);
            for (String code : List.of("SH206", "SH207", "SH205")) {
                assertThat(only(report, code).message()).as(code)
                        .contains("could not be checked: the query on \"Slow\" timed out after 1 ms");
            }
            assertThat(only(report, "SH304")).isNotNull();
            assertThat(only(report, "SH301")).isNotNull();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE \"Slow\"");
            }
        }
    }

    @Test
    void historyFromPrismaMigrationsDrivesChecksumsAndSkipsDeployed() throws Exception {
        String applied = "ALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT;\n";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, "
                    + "finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, "
                    + "started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)");
            s.execute("INSERT INTO _prisma_migrations VALUES ('1', '"
                    + PrismaChecksum.of(applied.getBytes(StandardCharsets.UTF_8))
                    + "', now(), '20240101000000_add_user_bio', NULL, NULL, now(), 1)");
            MigrationHistory history = MigrationHistory.read(c);
            assertThat(history.isDeployed("20240101000000_add_user_bio")).isTrue();
            String edited = applied + "CREATE INDEX \"User_bio_idx\" ON \"User\"(\"bio\");\n";
            MigrationSource folder = new MigrationSource("20240101000000_add_user_bio",
                    "migrations/20240101000000_add_user_bio/migration.sql", edited.getBytes(StandardCharsets.UTF_8), true,
                    false, "", dev.shale.lint.sql.SqlScript.parse(edited));
            LintReport report = Linter.standard().lint(LintContext.builder().migrations(List.of(folder))
                    .history(history).build());
            assertThat(report.findings()).extracting(Finding::code).containsExactly("SH701");
        }
    }
}
