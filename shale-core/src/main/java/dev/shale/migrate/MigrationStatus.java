package dev.shale.migrate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migrations folder compared with {@code _prisma_migrations}, as {@code migrate status} reports it.
 *
 * @param applied local migrations recorded as applied, in folder order
 * @param pending local migrations with no live row (never applied, or rolled back), in folder order
 * @param failed rows that started and never finished nor were rolled back, oldest first
 * @param edited applied migrations whose {@code migration.sql} no longer has the recorded checksum
 * @param missing migrations the database recorded (applied or failed) that the folder does not have
 * @param historyTableExists false when the database has no {@code _prisma_migrations} yet
 * @param unmanagedTables the database's tables when it has no history: a database Prisma calls "not managed"
 */
public record MigrationStatus(int localCount, List<String> applied, List<String> pending, List<FailedMigration> failed,
        List<EditedMigration> edited, List<String> missing, boolean historyTableExists, List<String> unmanagedTables) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        failed = List.copyOf(failed);
        edited = List.copyOf(edited);
        missing = List.copyOf(missing);
        unmanagedTables = List.copyOf(unmanagedTables);
    }

    /** A migration that failed and was not resolved; {@code logs} holds the error or, after a crash, the progress. */
    public record FailedMigration(String name, Instant startedAt, String logs) {}

    /** An applied migration whose file changed: the file's checksum and the one the database recorded. */
    public record EditedMigration(String name, Path file, String fileChecksum, String databaseChecksum) {}

    /** Nothing pending, failed, edited or missing. */
    public boolean upToDate() {
        return pending.isEmpty() && failed.isEmpty() && edited.isEmpty() && missing.isEmpty();
    }

    /** Compares {@code local} (folder order) with {@code rows} (history order). */
    public static MigrationStatus of(List<Migration> local, List<HistoryRecord> rows, boolean historyTableExists,
            List<String> userTables) {
        Map<String, HistoryRecord> appliedRows = new HashMap<>();
        Set<String> live = new HashSet<>();
        List<FailedMigration> failed = new ArrayList<>();
        for (HistoryRecord r : rows) {
            if (r.isApplied()) {
                appliedRows.putIfAbsent(r.migrationName(), r);
            }
            if (!r.isRolledBack()) {
                live.add(r.migrationName());
            }
            if (r.isFailed()) {
                failed.add(new FailedMigration(r.migrationName(), r.startedAt(), r.logs()));
            }
        }
        Set<String> localNames = new HashSet<>();
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<EditedMigration> edited = new ArrayList<>();
        for (Migration m : local) {
            localNames.add(m.name());
            HistoryRecord row = appliedRows.get(m.name());
            if (row != null) {
                applied.add(m.name());
                if (!m.matchesChecksum(row.checksum())) {
                    edited.add(new EditedMigration(m.name(), m.scriptFile(), m.checksum(), row.checksum()));
                }
            } else if (!live.contains(m.name())) {
                pending.add(m.name());
            }
        }
        List<String> missing = new ArrayList<>();
        for (HistoryRecord r : rows) {
            if (!r.isRolledBack() && !localNames.contains(r.migrationName()) && !missing.contains(r.migrationName())) {
                missing.add(r.migrationName());
            }
        }
        return new MigrationStatus(local.size(), applied, pending, failed, edited, missing, historyTableExists,
                historyTableExists ? List.of() : userTables);
    }
}
