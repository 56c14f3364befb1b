package dev.shale.plan;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.diff.DiffOptions;
import dev.shale.history.HistoryStates;
import dev.shale.lint.Finding;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintContext;
import dev.shale.lint.Linter;
import dev.shale.lint.Severity;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationName;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.project.Project;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code shale migrate plan} on a project: the schema validated and calculated ("to"), the
 * migrations folder's state ("from", {@link HistoryStates}: cached, or replayed on a shadow database), the data of
 * {@code --url} (read-only, bounded) to size the plan, the plan written beside the existing
 * migrations, and the new migrations linted. Returns what happened; printing is the caller's.
 */
public final class ProjectPlan {
    private ProjectPlan() {}

    /**
     * What to plan.
     *
     * @param workingDirectory where the command runs ({@code shale.lint.json} is read from here)
     * @param schemaOption {@code --schema}, or null
     * @param migrationsOption {@code --migrations}, or empty for the folder beside the schema
     * @param url {@code --url}: the database whose data sizes the plan (never written to)
     * @param shadowUrl {@code --shadow-url}: a scratch database to replay the migrations on
     * @param name {@code --name} as typed
     * @param largeTableRows {@code --large-table-rows}, overriding the lint configuration's threshold
     * @param batchSize {@code --batch-size}
     * @param backfills {@code --backfill KEY=EXPR} entries
     * @param now the time the folders are stamped with
     */
    public record Request(Path workingDirectory, String schemaOption, Optional<Path> migrationsOption,
            Optional<DatabaseUrl> url, Optional<DatabaseUrl> shadowUrl, String name, OptionalLong largeTableRows,
            OptionalInt batchSize, List<String> backfills, Instant now) {
        public Request {
            backfills = List.copyOf(backfills);
        }
    }

    /**
     * What was planned and written.
     *
     * @param plan the plan
     * @param directory the migrations folder
     * @param folders the folders written, in deploy order (empty when there was nothing to plan)
     * @param replayed how many existing migrations were replayed to find the "from" state
     * @param cached how many existing migrations' state was read from the history cache instead (0 or all)
     * @param dataSource where the sizes came from ({@code --url}, masked), or empty when they could not be checked
     * @param findings lint findings (warnings and errors) on the new migrations; PostgreSQL only
     */
    public record Result(SafePlan plan, MigrationsDirectory directory, List<Path> folders, int replayed, int cached,
            Optional<String> dataSource, List<Finding> findings) {
        public Result {
            folders = List.copyOf(folders);
            findings = List.copyOf(findings);
        }
    }

    public static Result run(Request request) {
        String name = MigrationName.sanitize(request.name());
        if (name.isEmpty()) {
            throw ShaleException.usage("--name must contain a letter or a digit, e.g. --name add_user_slug");
        }
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        Project project = Project.locate(cwd, request.schemaOption());
        MigrationsDirectory directory = request.migrationsOption().map(p -> new MigrationsDirectory(cwd.resolve(p)))
                .orElse(project.migrations());
        Datamodel datamodel = validate(new SchemaLoader(cwd).load(request.schemaOption()));
        DatabaseKind kind = kind(datamodel);
        checkLockFile(directory, datamodel);
        if (request.url().isPresent() && request.url().get().kind() != kind) {
            throw ShaleException.usage("--url is a " + request.url().get().kind().prismaProvider() + " database, but the schema's "
                    + "provider is " + datamodel.provider().prismaName());
        }
        String namespace = kind == DatabaseKind.POSTGRESQL ? request.url().map(DatabaseUrl::schema).orElse("public") : null;
        CalculatedSchema to = SqlSchemaCalculator.calculate(datamodel, namespace);
        Dialect dialect = kind == DatabaseKind.POSTGRESQL ? new PostgresDialect(namespace) : Dialect.forKind(kind);
        List<Migration> existing = directory.list();
        HistoryStates.State history = history(existing, kind, namespace, cwd, request);
        SqlSchema from = history.schema();
        int cached = history.fromCache() ? existing.size() : 0;

        LintConfig config = Files.isRegularFile(cwd.resolve(LintConfig.FILE_NAME))
                ? LintConfig.read(cwd.resolve(LintConfig.FILE_NAME)) : LintConfig.defaults();
        PlanOptions options = PlanOptions.defaults()
                .withLargeTableRows(request.largeTableRows().orElse(config.thresholds().largeTableRows()))
                .withBatchSize(request.batchSize().orElse(PlanOptions.DEFAULT_BATCH_SIZE))
                .withBackfills(BackfillValues.resolve(Optional.of(datamodel), kind, request.backfills()));
        SafePlan plan;
        Optional<String> source = Optional.empty();
        if (request.url().isPresent()) {
            DatabaseUrl url = request.url().get();
            try (Connection connection = Connections.open(url)) {
                DataAccess data = kind == DatabaseKind.POSTGRESQL
                        ? new PostgresDataAccess(connection, withLarge(config.thresholds(), options.largeTableRows()))
                        : new RowCounts(connection, kind, Math.max(options.largeTableRows(), config.thresholds().exactScanRows()));
                plan = Planner.plan(name, new PlanInput(from, to.schema(), dialect, new DiffOptions(to.virtualDefaultColumns()),
                        data, options));
                source = Optional.of(url.masked());
            } catch (SQLException e) {
                throw Connections.unreachable(url, e);
            }
        } else {
            plan = Planner.plan(name, new PlanInput(from, to.schema(), dialect, new DiffOptions(to.virtualDefaultColumns()),
                    DataAccess.none(), options));
        }
        if (plan.migrations().isEmpty()) {
            return new Result(plan, directory, List.of(), history.replayed(), cached, source, List.of());
        }
        List<Path> folders = PlanWriter.write(directory, plan, request.now(), datamodel.provider().prismaName());
        List<Finding> findings = kind == DatabaseKind.POSTGRESQL ? lint(directory, folders, cwd, config) : List.of();
        return new Result(plan, directory, folders, history.replayed(), cached, source, findings);
    }

    private static Datamodel validate(List<SourceFile> sources) {
        ValidationResult result = Psl.validate(sources);
        if (result.hasErrors() || result.datamodel().isEmpty()) {
            throw new ShaleException(ExitCode.PROBLEMS, "the schema is not valid; nothing was planned:\n"
                    + new DiagnosticRenderer(false).render(result.diagnostics(), sources).stripTrailing());
        }
        return result.datamodel().get();
    }

    private static DatabaseKind kind(Datamodel datamodel) {
        return switch (datamodel.provider()) {
            case POSTGRESQL -> DatabaseKind.POSTGRESQL;
            case MYSQL -> DatabaseKind.MYSQL;
            case SQLITE -> DatabaseKind.SQLITE;
            default -> throw ShaleException.usage("Shale plans migrations for PostgreSQL, MySQL/MariaDB and SQLite; the provider `"
                    + datamodel.provider().prismaName() + "` is valid Prisma but cannot be migrated by Shale.");
        };
    }

    private static void checkLockFile(MigrationsDirectory directory, Datamodel datamodel) {
        Optional<String> locked = directory.lockedProvider();
        String provider = datamodel.provider().prismaName();
        if (locked.isPresent() && !locked.get().equals(provider)
                && !(locked.get().equals("postgres") && provider.equals("postgresql"))) {
            throw ShaleException.usage("the migrations in " + directory.path() + " are for `" + locked.get()
                    + "` (migration_lock.toml) but the schema's provider is `" + provider + "`: a plan cannot mix them");
        }
    }

    /**
     * The database the history builds. With no history it is an empty database, which on PostgreSQL
     * already has its default schema: the first migration does not create it (as {@code migrate dev}).
     */
    private static HistoryStates.State history(List<Migration> existing, DatabaseKind kind, String namespace, Path cwd,
            Request request) {
        if (existing.isEmpty()) {
            return new HistoryStates.State(namespace == null ? SqlSchema.empty()
                    : SqlSchema.of(List.of(namespace), List.of(), List.of()), false, 0);
        }
        try (HistoryStates states = HistoryStates.open(kind, cwd, request.shadowUrl(), request.url())) {
            return states.state(existing);
        }
    }

    private static LintConfig.Thresholds withLarge(LintConfig.Thresholds t, long largeTableRows) {
        return new LintConfig.Thresholds(largeTableRows, t.exactScanRows(), t.sampleRows(), t.queryTimeoutMillis(),
                t.enumMaxDistinct());
    }

    /** Lints the folder as {@code shale lint} does and keeps the warnings and errors on the new migrations. */
    private static List<Finding> lint(MigrationsDirectory directory, List<Path> folders, Path cwd, LintConfig config) {
        LintContext context = LintContext.builder().config(config)
                .migrations(MigrationsReader.read(directory.path(), cwd)).build();
        List<String> names = folders.stream().map(p -> p.getFileName().toString()).toList();
        return Linter.standard().lint(context).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .filter(f -> names.stream().anyMatch(n -> f.file().contains(n)))
                .toList();
    }
}
