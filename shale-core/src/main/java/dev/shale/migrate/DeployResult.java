package dev.shale.migrate;

import java.util.List;

/**
 * What a deploy did: how many migrations the folder has, which ones it applied (in order), and the
 * applied migrations the database has that the folder does not (a warning, as Prisma ignores them).
 */
public record DeployResult(int found, List<AppliedMigration> applied, List<String> missingLocally) {
    public DeployResult {
        applied = List.copyOf(applied);
        missingLocally = List.copyOf(missingLocally);
    }
}
