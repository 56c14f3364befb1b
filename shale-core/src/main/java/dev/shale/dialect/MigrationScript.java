package dev.shale.dialect;

import dev.shale.diff.MigrationStep;
import dev.shale.diff.MigrationWarnings;
import java.util.List;

/** Assembles a migration script from rendered steps, in Prisma's layout. */
public final class MigrationScript {
    /** What Prisma writes for a migration without steps (no trailing newline). */
    public static final String EMPTY = "-- This is an empty migration.";

    private MigrationScript() {}

    public static String render(Dialect dialect, List<MigrationStep> steps, MigrationWarnings warnings) {
        if (steps.isEmpty()) {
            return EMPTY;
        }
        StringBuilder script = new StringBuilder(64 * steps.size());
        if (!warnings.isEmpty()) {
            script.append("/*\n  Warnings:\n\n");
            for (String w : warnings.all()) {
                script.append("  - ").append(w).append('\n');
            }
            script.append("\n*/\n");
        }
        boolean first = true;
        for (MigrationStep step : steps) {
            List<String> statements = dialect.statements(step);
            if (statements.isEmpty()) {
                continue;
            }
            // A blank line before every step but the first, so the file does not end with two newlines.
            if (!first) {
                script.append('\n');
            }
            first = false;
            script.append("-- ").append(step.description()).append('\n');
            for (String statement : statements) {
                script.append(statement).append(";\n");
            }
        }
        return script.toString();
    }
}
