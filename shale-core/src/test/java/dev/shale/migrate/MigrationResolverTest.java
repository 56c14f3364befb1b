package dev.shale.migrate;

import static dev.shale.migrate.MigrationFixtures.createTable;
import static dev.shale.migrate.MigrationFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.events.EventType;
import dev.shale.events.MigrationEvent;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code migrate resolve} with Prisma's rules (P3008, P3011, P3012, P3017), on every database. */
class MigrationResolverTest {
    @TempDir Path project;
    private final List<MigrationEvent> events = new ArrayList<>();

    private MigrationResolver resolver() {
        return new MigrationResolver(Duration.ofSeconds(10), events::add);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void baselinesAndResolvesAsPrismaDoes(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            MigrationsDirectory folder = new MigrationsDirectory(m);
            write(m, "20240101000000_init", createTable(kind, "a"));
            write(m, "20240102000000_bad", "SELECT * FROM nowhere;\n");

            // Baseline: the database already has `a`; mark init applied, which creates the history table.
            TestDatabases.execute(db.url(), createTable(kind, "a").strip().replace(";", ""));
            resolver().markApplied(folder, db.url(), "20240101000000_init");
            HistoryRecord marked = MigrationDeployerTest.history(db).get(0);
            assertThat(marked.isApplied()).isTrue();
            assertThat(marked.appliedStepsCount()).isZero();
            assertThat(marked.logs()).isEmpty();
            assertThat(marked.startedAt()).isEqualTo(marked.finishedAt());
            assertThat(marked.checksum()).isEqualTo(folder.find("20240101000000_init").orElseThrow().checksum());

            assertThatThrownBy(() -> resolver().markApplied(folder, db.url(), "20240101000000_init"))
                    .isInstanceOf(ShaleException.class)
                    .hasMessage("the migration `20240101000000_init` is already recorded as applied in the database.");
            assertThatThrownBy(() -> resolver().markApplied(folder, db.url(), "nope"))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("the migration nope could not be found");
            assertThatThrownBy(() -> resolver().markRolledBack(db.url(), "nope"))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("cannot be rolled back because it was never applied");
            assertThatThrownBy(() -> resolver().markRolledBack(db.url(), "20240101000000_init"))
                    .isInstanceOf(ShaleException.class)
                    .hasMessage("migration `20240101000000_init` cannot be rolled back because it is not in a failed state.");

            assertThatThrownBy(() -> new MigrationDeployer(DeployOptions.DEFAULTS, events::add).deploy(folder, db.url()))
                    .isInstanceOf(MigrationFailedException.class);
            // --applied on a failed migration marks the failed attempt rolled back and records it applied.
            resolver().markApplied(folder, db.url(), "20240102000000_bad");
            List<HistoryRecord> rows = MigrationDeployerTest.history(db);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).isRolledBack()).isTrue();
            assertThat(rows.get(2).isApplied()).isTrue();
            assertThat(MigrationStatusReader.read(folder, db.url()).upToDate()).isTrue();
            assertThat(events).extracting(MigrationEvent::type).contains(EventType.MARKED_APPLIED, EventType.FAILED);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void rolledBackMigrationsArePendingAgain(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path m = project.resolve("migrations");
            MigrationsDirectory folder = new MigrationsDirectory(m);
            write(m, "20240101000000_bad", "SELECT * FROM nowhere;\n");
            assertThatThrownBy(() -> new MigrationDeployer(DeployOptions.DEFAULTS, events::add).deploy(folder, db.url()))
                    .isInstanceOf(MigrationFailedException.class);
            MigrationStatus failed = MigrationStatusReader.read(folder, db.url());
            assertThat(failed.failed()).extracting(MigrationStatus.FailedMigration::name).containsExactly("20240101000000_bad");
            assertThat(failed.pending()).isEmpty();

            resolver().markRolledBack(db.url(), "20240101000000_bad");
            // A second time is accepted, as in Prisma: rows exist and not all finished.
            resolver().markRolledBack(db.url(), "20240101000000_bad");
            MigrationStatus after = MigrationStatusReader.read(folder, db.url());
            assertThat(after.failed()).isEmpty();
            assertThat(after.pending()).containsExactly("20240101000000_bad");
            assertThat(events).extracting(MigrationEvent::type).contains(EventType.ROLLED_BACK);
        }
    }
}
