package dev.shale.migrate;

import java.time.Instant;

/**
 * One row of {@code _prisma_migrations}. A migration is applied when {@code finishedAt} is set and it is
 * not rolled back; failed when neither is set (Prisma's definition: it started and never finished).
 */
public record HistoryRecord(String id, String checksum, Instant finishedAt, String migrationName, String logs,
        Instant rolledBackAt, Instant startedAt, int appliedStepsCount) {

    public boolean isApplied() {
        return finishedAt != null && rolledBackAt == null;
    }

    public boolean isFailed() {
        return finishedAt == null && rolledBackAt == null;
    }

    public boolean isRolledBack() {
        return rolledBackAt != null;
    }
}
