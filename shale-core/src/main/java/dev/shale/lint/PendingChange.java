package dev.shale.lint;

import dev.shale.dialect.Dialect;
import dev.shale.diff.MigrationStep;
import dev.shale.lint.migrations.MigrationSource;
import java.util.List;

/**
 * The change between the migrations and the schema that no migration holds yet: the differ's
 * steps, rendered by the dialect exactly as the next {@code migration.sql} would be. The linter
 * checks it as the migration after the last one (so SH2xx know the old types and the history), and
 * points its findings at the schema field or model they are about when it can.
 */
public record PendingChange(List<MigrationStep> steps, String sql) {
    /** Shown as the file of findings that cannot be placed in the schema. */
    public static final String NAME = "(pending change)";

    public PendingChange {
        steps = List.copyOf(steps);
    }

    public static PendingChange of(List<MigrationStep> steps, Dialect dialect) {
        return new PendingChange(steps, dialect.renderScript(steps));
    }

    MigrationSource asMigration() {
        return MigrationSource.ofSql(NAME, NAME, sql);
    }
}
