package dev.shale.develop;

import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.events.EventSink;
import dev.shale.history.HistoryStates;
import dev.shale.introspect.Introspector;
import dev.shale.lint.Finding;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintContext;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.lint.PendingChange;
import dev.shale.lint.PendingChangeLocator;
import dev.shale.lint.Severity;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.lint.output.SqlCommentBlock;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.DeployOptions;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.migrate.MigrationLockFile;
import dev.shale.migrate.MigrationName;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.MigrationStatusReader;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.sql.SqlSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrate dev}: the next migration of a project, made on its development database.
 *
 * <ol>
 *   <li>the schema is read and validated;
 *   <li>the history ({@code _prisma_migrations}) is compared with the folder: an applied migration
 *       edited since, a failed migration not resolved, or an applied migration missing from the folder
 *       stops here (unless {@code forceReset});
 *   <li>the applied migrations are replayed on a shadow database and compared with the development
 *       database: drift (what the database has that the history does not, or the other way round) is
 *       explained and stops here; the database is reset only with {@code forceReset};
 *   <li>the pending migrations are applied (a {@code --create-only} migration the user edited is applied
 *       as edited);
 *   <li>the history is compared with the schema; no difference: in sync, nothing written (unless
 *       {@code --create-only}, which writes an empty migration for the user to fill);
 *   <li>the new migration is linted with the data of the database: error findings stop here, or with
 *       {@code allowUnsafe} are written as a comment block at the top of {@code migration.sql};
 *   <li>the migration is written and, unless {@code createOnly}, applied.
 * </ol>
 * Nothing is printed: what happened is returned for the caller to report.
 */
public final class DevSession {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DevSession.class);

    private DevSession() {}

    private static long lap(String phase, long since) {
        long now = System.nanoTime();
        LOG.info("migrate dev: {} in {} ms", phase, (now - since) / 1_000_000);
        return now;
    }

    /**
     * @param workingDirectory the project's folder ({@code shale.lint.json}, the embedded server)
     * @param schemaOption {@code --schema}, or null
     * @param migrations the migrations folder
     * @param url the development database
     * @param shadowUrl {@code --shadow-url}
     * @param name {@code --name} as typed
     * @param events where applied and failed migrations are reported
     */
    public record Request(Path workingDirectory, String schemaOption, MigrationsDirectory migrations, DatabaseUrl url,
            Optional<DatabaseUrl> shadowUrl, Optional<String> name, boolean createOnly, boolean forceReset,
            boolean allowUnsafe, Instant now, EventSink events) {}

    /** Why the session stopped before it wrote a migration. */
    public sealed interface Refusal permits HistoryProblems, Drift, NameRequired, UnsafeChange {}

    /** The history cannot be continued: each problem says which migration and what to do. */
    public record HistoryProblems(List<String> problems) implements Refusal {}

    /**
     * The development database is not what the applied migrations make; {@code unmanaged} when it has
     * no {@code _prisma_migrations} at all (a database made by hand, by {@code db push}, or restored).
     */
    public record Drift(DriftExplanation explanation, boolean unmanaged) implements Refusal {}

    /** There is a change to write but no {@code --name}; {@code steps} say what the change is. */
    public record NameRequired(List<MigrationStep> steps) implements Refusal {}

    /** The new migration has lint errors (or steps that cannot run on the data) and {@code allowUnsafe} is off. */
    public record UnsafeChange(List<Finding> findings, List<DataLossCheck.DataLoss> unexecutable) implements Refusal {}

    /**
     * What happened.
     *
     * @param reset why the database was reset ({@code forceReset}), if it was
     * @param replayed how many migrations were replayed on the shadow database
     * @param appliedPending pending migrations applied before the change was computed
     * @param created the new migration, when one was written
     * @param createdApplied whether it was applied
     * @param dataLoss what the new migration loses or cannot do on the database's data
     * @param findings lint warnings and errors on the new migration
     * @param refusal why nothing was written, when the session stopped
     */
    public record Result(Optional<String> reset, int replayed, List<AppliedMigration> appliedPending, Optional<Migration> created,
            boolean createdApplied, List<DataLossCheck.DataLoss> dataLoss, List<Finding> findings, Optional<Refusal> refusal) {

        public Result {
            appliedPending = List.copyOf(appliedPending);
            dataLoss = List.copyOf(dataLoss);
            findings = List.copyOf(findings);
        }

        /** Nothing written, nothing applied, no refusal: the database, the migrations and the schema agree. */
        public boolean inSync() {
            return created.isEmpty() && refusal.isEmpty() && appliedPending.isEmpty();
        }

        static Result refused(Optional<String> reset, int replayed, List<AppliedMigration> applied, List<DataLossCheck.DataLoss> loss,
                List<Finding> findings, Refusal refusal) {
            return new Result(reset, replayed, applied, Optional.empty(), false, loss, findings, Optional.of(refusal));
        }
    }

    public static Result run(Request request) {
        long t = System.nanoTime();
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        DatabaseUrl url = request.url();
        // The cached state of the whole history (the usual case: every migration applied) is read meanwhile.
        HistoryStates.Prefetch cachedState = HistoryStates.prefetch(url.kind(), cwd, request.shadowUrl(),
                () -> request.migrations().list());
        TargetSchema target = TargetSchema.load(cwd, request.schemaOption(), url);
        MigrationsDirectory directory = request.migrations();
        MigrationLockFile.checkProvider(directory.path(), url.kind().prismaProvider());
        Optional<String> name = request.name().map(MigrationName::sanitize);
        if (name.isPresent() && name.get().isEmpty()) {
            throw ShaleException.usage("--name must contain a letter or a digit, e.g. --name add_user_slug");
        }
        List<Migration> local = directory.list();
        t = lap("schema validated, " + local.size() + " migrations read", t);

        Optional<String> reset = Optional.empty();
        MigrationStatus status = MigrationStatusReader.read(directory, url);
        t = lap("history read", t);
        List<String> problems = historyProblems(status, directory);
        if (!problems.isEmpty()) {
            if (!request.forceReset()) {
                return Result.refused(reset, 0, List.of(), List.of(), List.of(), new HistoryProblems(problems));
            }
            DatabaseReset.reset(url);
            reset = Optional.of(problems.get(0));
            status = MigrationStatus.of(local, List.of(), true, List.of());
        }
        boolean historyTable = status.historyTableExists();
        Set<String> applied = Set.copyOf(status.applied());
        List<Migration> appliedMigrations = local.stream().filter(m -> applied.contains(m.name())).toList();
        List<Migration> rest = local.stream().filter(m -> !applied.contains(m.name())).toList();
        boolean toDeploy = !rest.isEmpty();

        // The replay order is the deploy order: what the database has, then what it does not.
        List<Migration> order = new ArrayList<>(appliedMigrations);
        order.addAll(rest);
        try (HistoryStates states = HistoryStates.open(target.kind(), cwd, request.shadowUrl(), Optional.of(url), cachedState)) {
            SqlSchema appliedState = states.upTo(appliedMigrations).schema();
            t = lap("state of the applied migrations (cached or replayed)", t);
            if (reset.isEmpty()) {
                List<MigrationStep> drift = drift(appliedState, url);
                t = lap("database introspected and compared (drift)", t);
                if (!drift.isEmpty()) {
                    if (!request.forceReset()) {
                        return Result.refused(reset, appliedMigrations.size(), List.of(), List.of(), List.of(),
                                new Drift(DriftExplanation.of(drift, url.kind() == DatabaseKind.POSTGRESQL ? url.schema() : null),
                                        !historyTable));
                    }
                    DatabaseReset.reset(url);
                    reset = Optional.of("drift");
                    toDeploy = !local.isEmpty();
                }
            }
            SqlSchema history = rest.isEmpty() ? appliedState : states.upTo(order).schema();
            t = lap("state of all migrations (cached or replayed)", t);
            return write(request, target, directory, url, reset, local.size(), toDeploy, history, states, order, cwd, name, t);
        }
    }

    private static Result write(Request request, TargetSchema target, MigrationsDirectory directory, DatabaseUrl url,
            Optional<String> reset, int replayed, boolean toDeploy, SqlSchema history, HistoryStates states, List<Migration> order,
            Path cwd, Optional<String> name, long t) {
        List<AppliedMigration> appliedPending = List.of();
        MigrationDeployer deployer = new MigrationDeployer(DeployOptions.DEFAULTS, request.events());
        if (toDeploy) {
            appliedPending = deployer.deploy(directory, url).applied();
        }

        try (Connection connection = Connections.open(url)) {
            Dialect dialect = target.dialect(connection, url);
            List<MigrationStep> steps = Differ.diff(history, target.calculated().schema(), dialect.capabilities(),
                    target.diffOptions());
            if (steps.isEmpty() && !(request.createOnly() && name.isPresent())) {
                return new Result(reset, replayed, appliedPending, Optional.empty(), false, List.of(), List.of(), Optional.empty());
            }
            if (name.isEmpty()) {
                return Result.refused(reset, replayed, appliedPending, List.of(), List.of(), new NameRequired(steps));
            }
            t = lap("pending applied, history compared with the schema", t);
            String script = dialect.render(steps);
            List<DataLossCheck.DataLoss> loss = DataLossCheck.check(steps, connection, target.kind());
            List<Finding> findings = target.kind() == DatabaseKind.POSTGRESQL && !steps.isEmpty()
                    ? lint(cwd, directory, target, steps, script, url) : List.of();
            t = lap("data loss checked and migration linted", t);
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<DataLossCheck.DataLoss> unexecutable = loss.stream().filter(DataLossCheck.DataLoss::unexecutable).toList();
            String block = "";
            if (!errors.isEmpty() || !unexecutable.isEmpty()) {
                if (!request.allowUnsafe()) {
                    return Result.refused(reset, replayed, appliedPending, loss, findings, new UnsafeChange(errors, unexecutable));
                }
                block = commentBlock(findings, unexecutable);
            }
            Migration created = directory.create(name.get(), block + script, request.now(), target.provider());
            boolean createdApplied = false;
            if (!request.createOnly()) {
                createdApplied = deployer.deploy(directory, url).applied().stream().anyMatch(a -> a.name().equals(created.name()));
                if (createdApplied) {
                    // The next run's history ends with this migration: when a replay is open, extend it now and cache its state.
                    List<Migration> next = new ArrayList<>(order);
                    next.add(created);
                    try {
                        states.advance(next);
                    } catch (RuntimeException e) {
                        LOG.info("the new migration did not replay on the shadow database: {}", e.getMessage());
                    }
                }
            }
            return new Result(reset, replayed, appliedPending, Optional.of(created), createdApplied, loss, findings, Optional.empty());
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** What stops the history from being continued, each with the way out. */
    static List<String> historyProblems(MigrationStatus status, MigrationsDirectory directory) {
        List<String> problems = new ArrayList<>();
        for (MigrationStatus.FailedMigration f : status.failed()) {
            problems.add("The migration `" + f.name() + "` failed (started at " + MigrationDeployer.when(f.startedAt())
                    + ") and is not resolved" + (f.logs() == null || f.logs().isBlank() ? "." : ":\n"
                    + f.logs().strip().lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse(""))
                    + "\n  Fix its migration.sql, then reset the development database and re-apply the history: "
                    + "`shale migrate reset` (all data is lost), or `shale migrate dev --force-reset`.");
        }
        for (MigrationStatus.EditedMigration e : status.edited()) {
            problems.add("The migration `" + e.name() + "` was edited after it was applied: " + e.file() + " has checksum "
                    + e.fileChecksum() + ", the database recorded " + e.databaseChecksum() + ".\n  Restore the applied "
                    + "version of the file (for example `git checkout -- " + e.file() + "`) and put the change in a new "
                    + "migration, or reset the development database to re-apply the edited history: `shale migrate reset` "
                    + "(all data is lost).");
        }
        for (String missing : status.missing()) {
            problems.add("The migration `" + missing + "` is applied in the database but missing from " + directory.path()
                    + ".\n  Restore the folder (for example from version control), or reset the development database: "
                    + "`shale migrate reset` (all data is lost).");
        }
        return problems;
    }

    private static List<MigrationStep> drift(SqlSchema history, DatabaseUrl url) {
        try (Connection c = Connections.open(url)) {
            SqlSchema live = Introspector.forKind(url.kind()).introspect(c).schema();
            Dialect dialect = url.kind() == DatabaseKind.POSTGRESQL ? new dev.shale.dialect.postgres.PostgresDialect(url.schema())
                    : Dialect.forConnection(c, url);
            return Differ.diff(history, live, dialect.capabilities());
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** Lints the new migration as the next one of the folder, with the history and the data of the database. */
    private static List<Finding> lint(Path cwd, MigrationsDirectory directory, TargetSchema target, List<MigrationStep> steps,
            String script, DatabaseUrl url) {
        LintConfig config = Files.isRegularFile(cwd.resolve(LintConfig.FILE_NAME))
                ? LintConfig.read(cwd.resolve(LintConfig.FILE_NAME)) : LintConfig.defaults();
        SchemaInput schema = new SchemaInput(Psl.parse(target.sources()));
        try (Connection c = Connections.open(url)) {
            LintContext context = LintContext.builder().config(config)
                    .migrations(directory.exists() ? MigrationsReader.read(directory.path(), cwd) : List.of())
                    .history(MigrationHistory.read(c))
                    .pendingChange(new PendingChange(steps, script))
                    .data(new PostgresDataAccess(c, config.thresholds()))
                    .build();
            LintReport report = Linter.standard().lint(context);
            return report.findings().stream()
                    .filter(f -> f.file().equals(PendingChange.NAME))
                    .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                    .map(f -> PendingChangeLocator.locate(f, Optional.of(schema)))
                    .sorted(Finding.ORDER)
                    .toList();
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** Lint findings and steps that cannot run, accepted with {@code --allow-unsafe}, as the comment on top of the file. */
    static String commentBlock(List<Finding> findings, List<DataLossCheck.DataLoss> unexecutable) {
        List<Finding> all = new ArrayList<>(findings);
        for (DataLossCheck.DataLoss d : unexecutable) {
            all.add(new Finding("data", Severity.ERROR, d.message(), "", 0, 0, "", "fill the column (or remove the rows) first"));
        }
        return SqlCommentBlock.render(new LintReport(all, List.of(), List.of()));
    }
}
