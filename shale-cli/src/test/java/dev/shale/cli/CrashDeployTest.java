package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.events.EventSink;
import dev.shale.migrate.DeployOptions;
import dev.shale.migrate.HistoryRecord;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.migrate.MigrationResolver;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.MigrationStatusReader;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate deploy} killed with SIGKILL at random points of its work. PostgreSQL must hold
 * every migration either applied and recorded, or neither; MariaDB records the half-applied migration
 * as failed and {@code migrate status} says what to do; the next deploy finishes the history.
 */
class CrashDeployTest {
    private static final int TRIALS = 50;
    private static final int MIGRATIONS = 12;

    @TempDir Path project;
    private final Random random = new Random(20241125);

    @Test
    void postgresKeepsEachMigrationAllOrNothing() throws Exception {
        writeMigrations(DatabaseKind.POSTGRESQL);
        Stats stats = new Stats();
        for (int trial = 0; trial < TRIALS; trial++) {
            try (TestDatabase db = TestDatabases.postgres()) {
                killDuringDeploy(db.url(), trial, stats);
                List<HistoryRecord> rows = history(db);
                Set<String> tables = tables(db);
                assertThat(rows).as("trial %d: PostgreSQL never leaves a started, unfinished migration", trial)
                        .allMatch(HistoryRecord::isApplied);
                for (int i = 1; i <= MIGRATIONS; i++) {
                    boolean recorded = recorded(rows, i);
                    assertThat(tables.contains("t" + i + "a") && tables.contains("t" + i + "b"))
                            .as("trial %d, migration %d: tables exist exactly when the migration is recorded", trial, i).isEqualTo(recorded);
                    assertThat(tables.contains("t" + i + "a") || tables.contains("t" + i + "b")).isEqualTo(recorded);
                }
                stats.partial(rows.size());
                resumeAndCheck(db);
            }
        }
        stats.assertSpread();
    }

    @Test
    void mariadbRecordsTheHalfAppliedMigrationAsFailedAndStatusSaysWhatToDo() throws Exception {
        writeMigrations(DatabaseKind.MYSQL);
        Stats stats = new Stats();
        int halfApplied = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            try (TestDatabase db = TestDatabases.mysql()) {
                killDuringDeploy(db.url(), trial, stats);
                List<HistoryRecord> rows = history(db);
                Set<String> tables = tables(db);
                List<HistoryRecord> failed = rows.stream().filter(HistoryRecord::isFailed).toList();
                assertThat(failed).as("trial %d: at most the migration that was running is unfinished", trial).hasSizeLessThanOrEqualTo(1);
                for (int i = 1; i <= MIGRATIONS; i++) {
                    int n = i;
                    boolean applied = rows.stream().anyMatch(r -> r.isApplied() && r.migrationName().endsWith("_m" + n));
                    boolean running = failed.stream().anyMatch(r -> r.migrationName().endsWith("_m" + n));
                    if (applied) {
                        assertThat(tables).contains("t" + i + "a", "t" + i + "b");
                    } else if (!running) {
                        assertThat(tables).doesNotContain("t" + i + "a", "t" + i + "b");
                    }
                }
                if (!failed.isEmpty()) {
                    halfApplied++;
                    HistoryRecord f = failed.get(0);
                    assertThat(f.logs()).startsWith("Shale is applying this migration outside a transaction: statement");
                    String status = cliStatus(db.url());
                    assertThat(status).contains("Following migration have failed:", f.migrationName(),
                            "It was interrupted before it finished", "shale migrate resolve --rolled-back \"" + f.migrationName() + "\"",
                            "shale migrate resolve --applied \"" + f.migrationName() + "\"");
                    // What an operator does: undo the part that ran, mark it rolled back.
                    String n = f.migrationName().substring(f.migrationName().lastIndexOf("_m") + 2);
                    TestDatabases.execute(db.url(), "DROP TABLE IF EXISTS t" + n + "a, t" + n + "b");
                    new MigrationResolver(Duration.ofSeconds(30), EventSink.NONE).markRolledBack(db.url(), f.migrationName());
                }
                stats.partial((int) rows.stream().filter(HistoryRecord::isApplied).count());
                resumeAndCheck(db);
            }
        }
        stats.assertSpread();
        assertThat(halfApplied).as("some kills landed inside a migration").isPositive();
    }

    /** Each migration creates two tables with a pause between, so kills land inside migrations too. */
    private void writeMigrations(DatabaseKind kind) throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"" + kind.prismaProvider() + "\"\n}\n");
        String pause = kind == DatabaseKind.POSTGRESQL ? "SELECT pg_sleep(0.005);\n" : "DO SLEEP(0.005);\n";
        for (int i = 1; i <= MIGRATIONS; i++) {
            Path dir = project.resolve("prisma/migrations").resolve(String.format("202401010000%02d_m%d", i, i));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("migration.sql"), "CREATE TABLE t" + i + "a (id INT);\n" + pause
                    + "CREATE TABLE t" + i + "b (id INT);\n");
        }
    }

    /** Starts a deploy process and kills it (SIGKILL) at a random moment after it began deploying. */
    private void killDuringDeploy(DatabaseUrl url, int trial, Stats stats) throws Exception {
        Path logs = project.resolve("logs");
        String name = "trial" + trial;
        Path events = logs.resolve(name + ".events.jsonl");
        Process p = ShaleProcess.start(project, Map.of(), logs, name, "migrate", "deploy", "--url", url.masked().replace(":***", ""),
                "--events", events.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // The first event is written as the first migration starts: from then on, kill at a random moment.
        while (!Files.exists(events) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(random.nextInt(stats.window()));
        boolean wasAlive = p.isAlive();
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        if (!wasAlive) {
            stats.finishedBeforeKill();
        }
        waitForServerSideEnd(url);
    }

    /**
     * The killed client's session lives on in the server until the server notices the closed socket; a
     * COMMIT sent just before the kill may still land. Look only once that session is gone.
     */
    private static void waitForServerSideEnd(DatabaseUrl url) throws Exception {
        String sql = url.kind() == DatabaseKind.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties()); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("the killed deploy's session did not end within 30s");
    }

    private void resumeAndCheck(TestDatabase db) throws Exception {
        MigrationsDirectory folder = new MigrationsDirectory(project.resolve("prisma/migrations"));
        new MigrationDeployer(DeployOptions.DEFAULTS, EventSink.NONE).deploy(folder, db.url());
        MigrationStatus status = MigrationStatusReader.read(folder, db.url());
        assertThat(status.upToDate()).isTrue();
        List<HistoryRecord> applied = history(db).stream().filter(HistoryRecord::isApplied).toList();
        assertThat(applied).hasSize(MIGRATIONS);
        assertThat(applied.stream().map(HistoryRecord::migrationName).distinct()).hasSize(MIGRATIONS);
        assertThat(tables(db)).hasSize(2 * MIGRATIONS + 1);
    }

    private String cliStatus(DatabaseUrl url) {
        StringWriter out = new StringWriter();
        ShaleCli.run(new String[] {"migrate", "status", "--schema", project.resolve("prisma/schema.prisma").toString(), "--url",
                url.masked().replace(":***", "")}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return out.toString();
    }

    private static boolean recorded(List<HistoryRecord> rows, int i) {
        return rows.stream().anyMatch(r -> r.isApplied() && r.migrationName().endsWith("_m" + i));
    }

    private static List<HistoryRecord> history(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            boolean exists = dev.shale.migrate.DatabaseSupport.of(db.url().kind()).historyTableExists(c);
            return exists ? new dev.shale.migrate.MigrationHistory(c, dev.shale.migrate.DatabaseSupport.of(db.url().kind())).list() : List.of();
        }
    }

    private static Set<String> tables(TestDatabase db) throws Exception {
        Set<String> names = new HashSet<>();
        String sql = db.url().kind() == DatabaseKind.POSTGRESQL ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Where the kills landed: the trials must cover the start, the middle and the end of a deploy. */
    private static final class Stats {
        private final List<Integer> appliedAtKill = new ArrayList<>();
        private int finishedBeforeKill;
        private int window = 250;

        int window() {
            return window;
        }

        void finishedBeforeKill() {
            finishedBeforeKill++;
            // The deploy is quicker than the window: narrow it so most kills land inside the deploy.
            window = Math.max(50, window * 3 / 4);
        }

        void partial(int applied) {
            appliedAtKill.add(applied);
        }

        void assertSpread() {
            System.out.printf("crash trials: %d, applied migrations at each kill: %s%n", appliedAtKill.size(), appliedAtKill);
            long none = appliedAtKill.stream().filter(a -> a == 0).count();
            long some = appliedAtKill.stream().filter(a -> a > 0 && a < MIGRATIONS).count();
            assertThat(some).as("kills between the first and the last migration (finished early: %d, at: %s)", finishedBeforeKill,
                    appliedAtKill).isGreaterThanOrEqualTo(TRIALS / 4);
            assertThat(none + some).isGreaterThanOrEqualTo(TRIALS / 2);
        }
    }
}
