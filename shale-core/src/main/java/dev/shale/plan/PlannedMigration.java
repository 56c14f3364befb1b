package dev.shale.plan;

import java.util.Optional;

/**
 * One migration of a plan, before it has a folder: its phase (the folder name's suffix after the
 * plan's name, empty for the ordinary migration), its {@code migration.sql}, its {@code backfill.sql}
 * when it fills data, and its runbook.
 */
public record PlannedMigration(String phase, String sql, Optional<String> backfillSql, Readme readme) {

    /** The folder name after the timestamp: {@code add_user_slug_backfill}. */
    public String folderSuffix(String planName) {
        return phase.isEmpty() ? planName : planName + "_" + phase;
    }
}
