package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.events.EventSink;
import dev.shale.events.EventType;
import dev.shale.events.MigrationEvent;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code migrate resolve}: marks a migration applied or rolled back without running it, with Prisma's
 * rules and messages (P3008, P3011, P3012, P3017), under the migration lock.
 */
public final class MigrationResolver {
    private final Duration lockWait;
    private final EventSink events;

    public MigrationResolver(Duration lockWait, EventSink events) {
        this.lockWait = lockWait;
        this.events = events;
    }

    /**
     * {@code --applied NAME}: the migration must exist in the folder; it must not be recorded as applied
     * already; failed attempts of it are marked rolled back; then a row records it as applied. Creates
     * the history table when the database has none (baselining).
     */
    public void markApplied(MigrationsDirectory folder, DatabaseUrl url, String name) {
        MigrationLockFile.checkProvider(folder.path(), url.kind().prismaProvider());
        Migration migration = folder.names().contains(name) ? folder.find(name).orElseThrow() : null;
        if (migration == null) {
            throw new ShaleException(ExitCode.PROBLEMS, "the migration " + name + " could not be found in " + folder.path()
                    + ". Please make sure that the migration exists, and that you included the whole name of the directory. "
                    + "(example: \"20201207184859_initial_migration\")");
        }
        try (MigrationSession session = MigrationSession.openLocked(url, lockWait)) {
            MigrationHistory history = session.history();
            try {
                if (!history.exists()) {
                    history.create();
                }
                List<HistoryRecord> rows = history.list().stream().filter(r -> r.migrationName().equals(name)).toList();
                if (rows.stream().anyMatch(r -> r.finishedAt() != null)) {
                    throw new ShaleException(ExitCode.PROBLEMS, "the migration `" + name + "` is already recorded as applied in the database.");
                }
                Instant now = Instant.now();
                for (HistoryRecord r : rows) {
                    if (r.isFailed()) {
                        history.markRolledBack(r.id(), now);
                    }
                }
                history.insertMarkedApplied(name, migration.checksum(), now);
            } catch (SQLException e) {
                throw session.failure("writing _prisma_migrations", e);
            }
            events.publish(MigrationEvent.of(EventType.MARKED_APPLIED, name, migration.checksum(), null, null,
                    url.masked(), null));
        }
    }

    /**
     * {@code --rolled-back NAME}: the migration must have rows in the history, not all of them finished;
     * every failed row of it is marked rolled back, so the next deploy runs it again.
     */
    public void markRolledBack(DatabaseUrl url, String name) {
        try (MigrationSession session = MigrationSession.openLocked(url, lockWait)) {
            MigrationHistory history = session.history();
            String checksum = null;
            try {
                List<HistoryRecord> rows = history.exists()
                        ? history.list().stream().filter(r -> r.migrationName().equals(name)).toList()
                        : List.of();
                if (rows.isEmpty()) {
                    throw new ShaleException(ExitCode.PROBLEMS, "migration `" + name + "` cannot be rolled back because it was "
                            + "never applied to the database. Hint: did you pass in the whole migration name? "
                            + "(example: \"20201207184859_initial_migration\")");
                }
                if (rows.stream().allMatch(r -> r.finishedAt() != null)) {
                    throw new ShaleException(ExitCode.PROBLEMS, "migration `" + name
                            + "` cannot be rolled back because it is not in a failed state.");
                }
                Instant now = Instant.now();
                for (HistoryRecord r : rows) {
                    if (r.isFailed()) {
                        history.markRolledBack(r.id(), now);
                        checksum = r.checksum();
                    }
                }
            } catch (SQLException e) {
                throw session.failure("writing _prisma_migrations", e);
            }
            events.publish(MigrationEvent.of(EventType.ROLLED_BACK, name, checksum, null, null, url.masked(), null));
        }
    }
}
