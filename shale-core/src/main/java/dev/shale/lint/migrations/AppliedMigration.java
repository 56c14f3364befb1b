package dev.shale.lint.migrations;

import java.time.Instant;

/** One row of {@code _prisma_migrations}, the fields the linter reads. */
public record AppliedMigration(String migrationName, String checksum, Instant finishedAt, Instant rolledBackAt) {
    /** Applied and not rolled back: the database has it. */
    public boolean deployed() {
        return finishedAt != null && rolledBackAt == null;
    }
}
