package dev.shale.lint;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.schema.SchemaInput;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a lint run looks at. Each input is optional: the migration SQL files (folders in
 * order, or loose files), the history of applied migrations (from {@code _prisma_migrations}, for
 * SH701, SH202 and to skip what is deployed), the data (a live database for data-aware checks, or
 * {@link DataAccess#none()}), the configuration, and the schema (its syntax tree with positions).
 * and the pending change (the differ's steps, rendered as the next migration).
 */
public final class LintContext {
    private final List<MigrationSource> migrations;
    private final MigrationHistory history;
    private final DataAccess data;
    private final LintConfig config;
    private final SchemaInput schema;
    private final PendingChange pendingChange;
    private final NotChecked pendingChangeNotChecked;
    private final DatabaseKind sqlKind;

    /**
     * Why the pending change is not part of this run.
     *
     * @param reason one line
     * @param problem true when the project has a problem (a migration that does not replay)
     */
    public record NotChecked(String reason, boolean problem) {}

    private LintContext(Builder b) {
        this.pendingChange = b.pendingChange;
        this.pendingChangeNotChecked = b.pendingChangeNotChecked;
        java.util.ArrayList<MigrationSource> all = new java.util.ArrayList<>(b.migrations);
        if (b.pendingChange != null) {
            all.add(b.pendingChange.asMigration());
        }
        this.migrations = List.copyOf(all);
        this.history = b.history;
        this.data = b.data;
        this.config = b.config;
        this.schema = b.schema;
        this.sqlKind = b.sqlKind;
    }

    /**
     * The database the migrations' SQL is written for (the project's provider). The statement rules read
     * PostgreSQL; for another database they do not run, and SH004 says so.
     */
    public DatabaseKind sqlKind() {
        return sqlKind;
    }

    /** The schema, when one was given: naming, relation, index and documentation rules read it. */
    public Optional<SchemaInput> schema() {
        return Optional.ofNullable(schema);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The change no migration holds yet, when given (it is also the last of {@link #migrations()}). */
    public Optional<PendingChange> pendingChange() {
        return Optional.ofNullable(pendingChange);
    }

    /** Why the pending change could not be computed, when it could not (SH003 says so). */
    public Optional<NotChecked> pendingChangeNotChecked() {
        return Optional.ofNullable(pendingChangeNotChecked);
    }

    /** Every migration, in the order they apply (the pending change last, as {@link PendingChange#NAME}). */
    public List<MigrationSource> migrations() {
        return migrations;
    }

    public Optional<MigrationHistory> history() {
        return Optional.ofNullable(history);
    }

    public DataAccess data() {
        return data;
    }

    public LintConfig config() {
        return config;
    }

    /**
     * True when the migration's statements are checked: not deployed (per the history) and after the
     * configured baseline. Deployed migrations are only checked for edits (SH701).
     */
    public boolean isChecked(MigrationSource migration) {
        if (history != null && migration.folder() && history.isDeployed(migration.name())) {
            return false;
        }
        String baseline = config.skipMigrationsThrough();
        return baseline.isEmpty() || !migration.folder() || migration.name().compareTo(baseline) > 0;
    }

    public List<MigrationSource> checkedMigrations() {
        return migrations.stream().filter(this::isChecked).toList();
    }

    /** True when the history is known and the migration is in it, applied and not rolled back. */
    public boolean isDeployed(String migrationName) {
        return history != null && history.isDeployed(migrationName);
    }

    public static final class Builder {
        private List<MigrationSource> migrations = List.of();
        private MigrationHistory history;
        private DataAccess data = DataAccess.none();
        private LintConfig config = LintConfig.defaults();
        private SchemaInput schema;
        private PendingChange pendingChange;
        private NotChecked pendingChangeNotChecked;
        private DatabaseKind sqlKind = DatabaseKind.POSTGRESQL;

        /** The database the migrations are written for (default PostgreSQL). */
        public Builder sqlKind(DatabaseKind kind) {
            this.sqlKind = Objects.requireNonNull(kind);
            return this;
        }

        /** The pending change could not be computed: SH003 reports {@code reason}. */
        public Builder pendingChangeNotChecked(String reason, boolean problem) {
            this.pendingChangeNotChecked = new NotChecked(reason, problem);
            return this;
        }

        /** The differ's steps between the migrations and the schema, rendered: linted as the next migration. */
        public Builder pendingChange(PendingChange change) {
            this.pendingChange = change;
            return this;
        }

        public Builder schema(SchemaInput schema) {
            this.schema = schema;
            return this;
        }

        public Builder migrations(List<MigrationSource> migrations) {
            this.migrations = Objects.requireNonNull(migrations);
            return this;
        }

        public Builder history(MigrationHistory history) {
            this.history = history;
            return this;
        }

        public Builder data(DataAccess data) {
            this.data = Objects.requireNonNull(data);
            return this;
        }

        public Builder config(LintConfig config) {
            this.config = Objects.requireNonNull(config);
            return this;
        }

        public LintContext build() {
            return new LintContext(this);
        }
    }
}
