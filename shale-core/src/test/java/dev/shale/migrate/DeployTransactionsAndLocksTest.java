package dev.shale.migrate;

import static dev.shale.migrate.MigrationFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.events.EventSink;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL transactions, timeouts and Prisma's advisory lock; MySQL's named lock. */
class DeployTransactionsAndLocksTest {
    @TempDir Path project;

    private MigrationsDirectory folder() {
        return new MigrationsDirectory(project.resolve("migrations"));
    }

    private static MigrationDeployer deployer(DeployOptions options) {
        return new MigrationDeployer(options, EventSink.NONE);
    }

    @Test
    void concurrentIndexNeedsTheNoTransactionHeader() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_init", "CREATE TABLE t (id int, x int);\n");
            write(m, "20240102000000_index", "CREATE INDEX CONCURRENTLY t_x ON t (x);\n");
            assertThatThrownBy(() -> deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url()))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("cannot run inside a transaction block")
                    .hasMessageContaining("-- shale:no-transaction");
            new MigrationResolver(Duration.ofSeconds(5), EventSink.NONE).markRolledBack(db.url(), "20240102000000_index");

            write(m, "20240102000000_index", "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY t_x ON t (x);\n"
                    + "CREATE INDEX CONCURRENTLY t_x2 ON t (x, id);\n");
            DeployResult result = deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url());
            assertThat(result.applied()).singleElement().satisfies(a -> {
                assertThat(a.transactional()).isFalse();
                assertThat(a.statements()).isEqualTo(2);
            });
            HistoryRecord row = MigrationDeployerTest.history(db).get(2);
            assertThat(row.isApplied()).isTrue();
            assertThat(row.logs()).isNull();
            assertThat(row.appliedStepsCount()).isEqualTo(1);
        }
    }

    @Test
    void aMigrationThatManagesItsOwnTransactionsRunsAsWritten() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            write(project.resolve("migrations"), "20240101000000_tx", "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n");
            assertThat(deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url()).applied().get(0).transactional()).isFalse();
            assertThat(MigrationDeployerTest.tables(db)).contains("t");
        }
    }

    @Test
    void lockTimeoutFromTheHeaderStopsAMigrationStuckBehindALock() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_init", "CREATE TABLE t (id int);\n");
            deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url());
            write(m, "20240102000000_alter", "-- shale:lock-timeout 200ms\nALTER TABLE t ADD COLUMN x int;\n");
            try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                s.execute("LOCK TABLE t IN ACCESS SHARE MODE");
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url()))
                        .isInstanceOf(MigrationFailedException.class)
                        .hasMessageContaining("55P03")
                        .hasMessageContaining("shale:lock-timeout");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
                holder.rollback();
            }
        }
    }

    @Test
    void statementTimeoutFromOptionsAndHeader() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_slow", "SELECT pg_sleep(2);\n");
            DeployOptions tight = new DeployOptions(Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(5));
            assertThatThrownBy(() -> deployer(tight).deploy(folder(), db.url()))
                    .isInstanceOf(MigrationFailedException.class).hasMessageContaining("57014");
            new MigrationResolver(Duration.ofSeconds(5), EventSink.NONE).markRolledBack(db.url(), "20240101000000_slow");
            write(m, "20240101000000_slow", "-- shale:statement-timeout 0\nSELECT pg_sleep(0.3);\n");
            assertThat(deployer(tight).deploy(folder(), db.url()).applied()).hasSize(1);
        }
    }

    @Test
    void waitsForPrismasAdvisoryLockAndGivesUpAfterTheLockWait() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            write(project.resolve("migrations"), "20240101000000_init", "CREATE TABLE t (id int);\n");
            DeployOptions quick = new DeployOptions(Duration.ofSeconds(10), Duration.ZERO, Duration.ofMillis(300));
            try (Connection prisma = db.connect(); Statement s = prisma.createStatement()) {
                s.execute("SELECT pg_advisory_lock(72707369)");
                assertThatThrownBy(() -> deployer(quick).deploy(folder(), db.url()))
                        .isInstanceOf(MigrationLockTimeoutException.class)
                        .hasMessageContaining("pg_advisory_lock(72707369)")
                        .hasMessageContaining("--lock-wait");
                assertThat(MigrationDeployerTest.tables(db)).doesNotContain("t");
                s.execute("SELECT pg_advisory_unlock(72707369)");
            }
            assertThat(deployer(quick).deploy(folder(), db.url()).applied()).hasSize(1);
        }
    }

    @Test
    void waitsForPrismasNamedLockOnMysql() throws Exception {
        try (TestDatabase db = TestDatabases.mysql()) {
            write(project.resolve("migrations"), "20240101000000_init", "CREATE TABLE t (id int);\n");
            DeployOptions quick = new DeployOptions(Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(1));
            try (Connection prisma = db.connect(); Statement s = prisma.createStatement()) {
                s.execute("SELECT GET_LOCK('prisma_migrate', 10)");
                assertThatThrownBy(() -> deployer(quick).deploy(folder(), db.url()))
                        .isInstanceOf(MigrationLockTimeoutException.class)
                        .hasMessageContaining("GET_LOCK('prisma_migrate')");
                s.execute("SELECT RELEASE_LOCK('prisma_migrate')");
            }
            assertThat(deployer(quick).deploy(folder(), db.url()).applied()).hasSize(1);
        }
    }

    @Test
    void badHeaderFailsBeforeAnythingRuns() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_init", "CREATE TABLE t (id int);\n");
            write(m, "20240102000000_typo", "-- shale:no-transactions\nSELECT 1;\n");
            assertThatThrownBy(() -> deployer(DeployOptions.DEFAULTS).deploy(folder(), db.url()))
                    .isInstanceOf(dev.shale.ShaleException.class)
                    .hasMessageContaining("20240102000000_typo/migration.sql:1")
                    .hasMessageContaining("shale:no-transactions");
            assertThat(MigrationDeployerTest.tables(db)).doesNotContain("t");
        }
    }
}
