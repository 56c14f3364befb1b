package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.AppliedMigration;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.migrations.PrismaChecksum;
import java.util.Optional;

/**
 * SH701: a migration file that changed after it was applied no longer says what the database did;
 * Prisma's {@code migrate dev} then wants to reset. Compares the file's SHA-256 with the checksum in
 * {@code _prisma_migrations} (needs the history, so a database URL).
 */
public final class AppliedMigrationEditedRule extends BaseRule {
    public AppliedMigrationEditedRule() {
        super("SH701", Severity.ERROR, "an applied migration's file was edited (checksum mismatch)");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Optional<MigrationHistory> history = context.history();
        if (history.isEmpty()) {
            return;
        }
        for (MigrationSource m : context.migrations()) {
            if (!m.folder()) {
                continue;
            }
            Optional<AppliedMigration> row = history.get().latest(m.name());
            if (row.isEmpty() || row.get().finishedAt() == null || row.get().checksum() == null) {
                continue;
            }
            if (!PrismaChecksum.matches(m.bytes(), row.get().checksum())) {
                findings.report(Position.fileOnly(m.file()), "migration " + m.name(), "migration " + m.name()
                        + " was edited after it was applied: its SHA-256 is " + PrismaChecksum.of(m.bytes()).substring(0, 12)
                        + "..., _prisma_migrations recorded " + abbreviate(row.get().checksum()),
                        "restore the file as it was applied (e.g. from version control) and put the change in a new migration");
            }
        }
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) + "..." : checksum;
    }
}
