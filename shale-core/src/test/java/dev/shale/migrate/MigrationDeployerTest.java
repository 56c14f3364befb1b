package dev.shale.migrate;

import static dev.shale.migrate.MigrationFixtures.createTable;
import static dev.shale.migrate.MigrationFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.events.EventSink;
import dev.shale.events.EventType;
import dev.shale.events.MigrationEvent;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationDeployerTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @TempDir Path project;

    private final List<MigrationEvent> events = new ArrayList<>();

    private MigrationDeployer deployer() {
        return new MigrationDeployer(DeployOptions.DEFAULTS, events::add);
    }

    private MigrationsDirectory folder() {
        return new MigrationsDirectory(project.resolve("migrations"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appliesPendingMigrationsInOrderAndRecordsThemAsPrismaDoes(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            MigrationLockFile.write(m, kind.prismaProvider());
            write(m, "20240101000000_init", createTable(kind, "a"));
            write(m, "20240102000000_second", createTable(kind, "b") + "-- trailing comment\n" + createTable(kind, "c"));

            DeployResult first = deployer().deploy(folder(), db.url());
            assertThat(first.found()).isEqualTo(2);
            assertThat(first.applied()).extracting(AppliedMigration::name).containsExactly("20240101000000_init", "20240102000000_second");
            assertThat(first.applied().get(1).statements()).isEqualTo(2);
            assertThat(first.applied().get(0).transactional()).isEqualTo(kind != DatabaseKind.MYSQL);

            List<HistoryRecord> rows = history(db);
            assertThat(rows).hasSize(2);
            for (HistoryRecord r : rows) {
                assertThat(r.id()).matches(UUID);
                assertThat(r.appliedStepsCount()).isEqualTo(1);
                assertThat(r.logs()).isNull();
                assertThat(r.rolledBackAt()).isNull();
                assertThat(r.finishedAt()).isNotNull().isAfterOrEqualTo(r.startedAt());
            }
            assertThat(rows.get(0).checksum()).isEqualTo(Checksum.of(Files.readAllBytes(m.resolve("20240101000000_init/migration.sql"))));
            assertThat(tables(db)).contains("a", "b", "c");
            assertThat(events).extracting(MigrationEvent::type)
                    .containsExactly(EventType.STARTED, EventType.APPLIED, EventType.STARTED, EventType.APPLIED);
            assertThat(events.get(1).database()).isEqualTo(db.url().masked());

            write(m, "20240103000000_third", createTable(kind, "d"));
            DeployResult second = deployer().deploy(folder(), db.url());
            assertThat(second.applied()).extracting(AppliedMigration::name).containsExactly("20240103000000_third");
            assertThat(deployer().deploy(folder(), db.url()).applied()).isEmpty();
            assertThat(history(db)).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void failingSqlNamesMigrationStatementAndLineAndIsRecorded(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_init", createTable(kind, "a"));
            write(m, "20240102000000_bad", "-- a comment\n" + createTable(kind, "b") + "\nINSERT INTO nowhere VALUES (1);\n"
                    + createTable(kind, "c"));
            write(m, "20240103000000_later", createTable(kind, "d"));

            assertThatThrownBy(() -> deployer().deploy(folder(), db.url()))
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.migration()).isEqualTo("20240102000000_bad");
                        assertThat(e.statementNumber()).isEqualTo(2);
                        assertThat(e.line()).isEqualTo(4);
                        assertThat(e.exitCode().code()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("20240102000000_bad", "statement 2 of 3",
                                "migrations/20240102000000_bad/migration.sql:4", "INSERT INTO nowhere", "nowhere");
                    });
            List<HistoryRecord> rows = history(db);
            assertThat(rows).hasSize(2);
            HistoryRecord failed = rows.get(1);
            assertThat(failed.migrationName()).isEqualTo("20240102000000_bad");
            assertThat(failed.isFailed()).isTrue();
            assertThat(failed.appliedStepsCount()).isZero();
            assertThat(failed.logs()).contains("statement 2 of 3", "nowhere");
            if (kind == DatabaseKind.MYSQL) {
                assertThat(tables(db)).contains("a", "b").doesNotContain("c", "d");
                assertThat(failed.logs()).contains("Statements 1-1 of 3 were applied", "resolve --applied", "resolve --rolled-back");
            } else {
                assertThat(tables(db)).contains("a").doesNotContain("b", "c", "d");
                assertThat(failed.logs()).contains("rolled back", "resolve --rolled-back 20240102000000_bad");
            }
            assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.FAILED);

            // The next deploy refuses and says how to resolve.
            assertThatThrownBy(() -> deployer().deploy(folder(), db.url()))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("The `20240102000000_bad` migration started at")
                    .hasMessageContaining("shale migrate resolve --rolled-back \"20240102000000_bad\"")
                    .hasMessageContaining("shale migrate resolve --applied \"20240102000000_bad\"");

            // Fix it, mark the failure rolled back (undoing MySQL's half by hand), deploy again.
            if (kind == DatabaseKind.MYSQL) {
                TestDatabases.execute(db.url(), "DROP TABLE `b`");
            }
            write(m, "20240102000000_bad", createTable(kind, "b") + createTable(kind, "c"));
            new MigrationResolver(DeployOptions.DEFAULTS.lockWait(), EventSink.NONE).markRolledBack(db.url(), "20240102000000_bad");
            DeployResult resumed = deployer().deploy(folder(), db.url());
            assertThat(resumed.applied()).extracting(AppliedMigration::name).containsExactly("20240102000000_bad", "20240103000000_later");
            assertThat(tables(db)).contains("a", "b", "c", "d");
            MigrationStatus status = MigrationStatusReader.read(folder(), db.url());
            assertThat(status.upToDate()).isTrue();
            assertThat(status.applied()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesAnEditedAppliedMigrationNamingFileAndChecksums(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            write(m, "20240101000000_init", createTable(kind, "a"));
            deployer().deploy(folder(), db.url());
            String before = Checksum.of(createTable(kind, "a").getBytes());
            // Line endings changed by git are not an edit.
            write(m, "20240101000000_init", createTable(kind, "a").replace("\n", "\r\n"));
            assertThat(deployer().deploy(folder(), db.url()).applied()).isEmpty();

            write(m, "20240101000000_init", createTable(kind, "a") + "-- edited\n");
            write(m, "20240102000000_next", createTable(kind, "b"));
            String after = Checksum.of((createTable(kind, "a") + "-- edited\n").getBytes());
            assertThatThrownBy(() -> deployer().deploy(folder(), db.url()))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("`20240101000000_init` was edited after it was applied")
                    .hasMessageContaining(m.resolve("20240101000000_init/migration.sql").toString())
                    .hasMessageContaining(before)
                    .hasMessageContaining(after);
            assertThat(tables(db)).doesNotContain("b");
            MigrationStatus status = MigrationStatusReader.read(folder(), db.url());
            assertThat(status.edited()).extracting(MigrationStatus.EditedMigration::name).containsExactly("20240101000000_init");
            assertThat(status.pending()).containsExactly("20240102000000_next");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesANonEmptyDatabaseWithoutHistory(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            TestDatabases.execute(db.url(), createTable(kind, "legacy").strip().replace(";", ""));
            write(project.resolve("migrations"), "20240101000000_init", createTable(kind, "a"));
            assertThatThrownBy(() -> deployer().deploy(folder(), db.url()))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("not empty")
                    .hasMessageContaining("legacy")
                    .hasMessageContaining("shale migrate resolve --applied 20240101000000_init");
            MigrationStatus status = MigrationStatusReader.read(folder(), db.url());
            assertThat(status.historyTableExists()).isFalse();
            assertThat(status.unmanagedTables()).containsExactly("legacy");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesAnotherProvidersHistory(DatabaseKind kind) {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            String other = kind == DatabaseKind.SQLITE ? "postgresql" : "sqlite";
            MigrationLockFile.write(m, other);
            write(m, "20240101000000_init", createTable(kind, "a"));
            assertThatThrownBy(() -> deployer().deploy(folder(), db.url()))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("`" + kind.prismaProvider() + "` does not match")
                    .hasMessageContaining("`" + other + "`");
        }
    }

    static List<HistoryRecord> history(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return new MigrationHistory(c, DatabaseSupport.of(db.url().kind())).list();
        }
    }

    static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            String sql = switch (db.url().kind()) {
                case POSTGRESQL -> "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
                case MYSQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
                case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table'";
            };
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
