package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintContext;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.lint.output.ReportFormat;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.migrate.MigrationLockFile;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.plan.PendingChangeSource;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shale lint}: checks migration SQL (and, with a URL, the data and history) against the rules. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks the schema's conventions and the migrations for unsafe SQL, naming and hygiene; data-aware with --url.",
            "Exit code 1 when any finding is an error."})
public final class LintCommand implements Callable<Integer> {
    @Option(names = "--schema", paramLabel = "PATH",
            description = "The schema (a file or a folder of .prisma files); its folder's migrations/ is linted too (default: prisma/schema.prisma, then schema.prisma).")
    Path schema;

    @Option(names = "--migrations", paramLabel = "DIR", description = "The migrations folder (default: next to the schema).")
    Path migrations;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--url", paramLabel = "URL",
            description = "A database to read the history and data from (bounded, read-only queries).")
    String url;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty scratch database to replay the migrations on for the pending change (default: the "
                    + "embedded PostgreSQL, a temporary SQLite file; MySQL needs one). It is emptied.")
    String shadowUrl;

    @Option(names = "--no-pending",
            description = "Do not compute and check the pending change (the schema against the migrations).")
    boolean noPending;

    @Option(names = "--config", paramLabel = "FILE", description = "Lint configuration (default: ./" + LintConfig.FILE_NAME + ").")
    Path config;

    @Parameters(paramLabel = "FILE.sql", arity = "0..*", description = "SQL files to lint instead of a migrations folder.")
    List<Path> files = new ArrayList<>();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat output = ReportFormat.parse(format);
        Path cwd = Path.of("").toAbsolutePath();
        LintConfig lintConfig = readConfig(cwd);
        LintContext.Builder context = LintContext.builder().config(lintConfig);
        List<SourceFile> schemaFiles = files.isEmpty() ? schemaFiles(cwd) : List.of();
        // The migrations are read and lexed on a second thread while the schema is parsed (and then the
        // pending change computed on a third).
        CompletableFuture<List<MigrationSource>> reading = CompletableFuture.supplyAsync(() -> sources(cwd, !schemaFiles.isEmpty()));
        ParsedSchema parsed = schemaFiles.isEmpty() ? null : Psl.parse(schemaFiles);
        if (parsed != null) {
            context.schema(new SchemaInput(parsed));
        }
        context.sqlKind(sqlKind(parsed));
        // The pending change (validation, the history state, the diff) is computed beside the reading of the migrations.
        CompletableFuture<Void> pending = !noPending && parsed != null
                ? CompletableFuture.runAsync(() -> pendingChange(cwd, parsed, context, output))
                : CompletableFuture.completedFuture(null);
        try {
            List<MigrationSource> read = reading.join();
            synchronized (context) {
                context.migrations(read);
            }
            pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        LintReport report;
        if (url != null) {
            DatabaseUrl database = DatabaseUrl.parse(url);
            try (Connection connection = Connections.open(database)) {
                context.history(MigrationHistory.read(connection));
                if (database.kind() == DatabaseKind.POSTGRESQL) {
                    context.data(new PostgresDataAccess(connection, lintConfig.thresholds()));
                }
                report = Linter.standard().lint(context.build());
            } catch (SQLException e) {
                throw Connections.unreachable(database, e);
            }
        } else {
            report = Linter.standard().lint(context.build());
        }
        spec.commandLine().getOut().print(output.render(report, new ShaleCli.VersionProvider().version()));
        spec.commandLine().getOut().flush();
        return report.hasErrors() ? ExitCode.PROBLEMS.code() : ExitCode.OK.code();
    }

    /**
     * Adds the change between the migrations folder and the schema (computed on a shadow database, or
     * from the history cache) to the context, or the reason it could not be computed (SH003).
     */
    private void pendingChange(Path cwd, ParsedSchema parsed, LintContext.Builder context, ReportFormat output) {
        Path dir = migrations != null ? migrations : migrationsNextToSchema();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        MigrationsDirectory directory = new MigrationsDirectory(cwd.resolve(dir));
        PendingChangeSource.Outcome outcome = PendingChangeSource.computeRendered(new PendingChangeSource.Request(cwd, parsed,
                directory.list(), Optional.ofNullable(url).map(DatabaseUrl::parse),
                Optional.ofNullable(shadowUrl).map(DatabaseUrl::parse), new ShaleCli.VersionProvider().version()));
        if (outcome instanceof PendingChangeSource.Computed computed) {
            if (!computed.inSync()) {
                synchronized (context) {
                    context.pendingChange(computed.change());
                }
            }
            if (output == ReportFormat.TEXT && computed.history().replayed() > 0) {
                spec.commandLine().getErr().println("Replayed " + computed.history().replayed() + " migration"
                        + (computed.history().replayed() == 1 ? "" : "s") + " on a shadow database for the pending change "
                        + "(cached in .shale/cache/ for the next run).");
            }
        } else if (outcome instanceof PendingChangeSource.Rendered rendered) {
            if (!rendered.inSync()) {
                synchronized (context) {
                    context.pendingChange(rendered.change());
                }
            }
        } else if (outcome instanceof PendingChangeSource.NotComputed not) {
            synchronized (context) {
                context.pendingChangeNotChecked(not.reason(), not.problem());
            }
        }
    }

    /**
     * The database the migrations are written for: the schema's provider, else the migrations folder's
     * migration_lock.toml, else PostgreSQL (SQL files given alone).
     */
    private DatabaseKind sqlKind(ParsedSchema parsed) {
        Optional<DatabaseKind> declared = parsed == null ? Optional.empty() : PendingChangeSource.declaredKind(parsed);
        if (declared.isPresent()) {
            return declared.get();
        }
        Path dir = migrations != null ? migrations : files.isEmpty() ? migrationsNextToSchema() : null;
        return dir == null ? DatabaseKind.POSTGRESQL : MigrationLockFile.readProvider(dir)
                .flatMap(DatabaseKind::fromPrismaProvider).orElse(DatabaseKind.POSTGRESQL);
    }

    private LintConfig readConfig(Path cwd) {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw ShaleException.usage("the lint configuration `" + config + "` does not exist");
            }
            return LintConfig.read(config);
        }
        Path standard = cwd.resolve(LintConfig.FILE_NAME);
        return Files.isRegularFile(standard) ? LintConfig.read(standard) : LintConfig.defaults();
    }

    /** The schema named by --schema, or found at the default locations; none when there is none. */
    private List<SourceFile> schemaFiles(Path cwd) {
        if (schema == null && SchemaLoader.DEFAULT_LOCATIONS.stream().noneMatch(p -> Files.isRegularFile(cwd.resolve(p)))) {
            return List.of();
        }
        return new SchemaLoader(cwd).load(schema == null ? null : schema.toString());
    }

    private List<MigrationSource> sources(Path cwd, boolean haveSchema) {
        if (!files.isEmpty()) {
            List<MigrationSource> sources = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw ShaleException.usage("`" + file + "` is not a file");
                }
                sources.add(MigrationsReader.readFile(file, cwd));
            }
            return sources;
        }
        Path dir = migrations != null ? migrations : migrationsNextToSchema();
        if (migrations == null && haveSchema && (dir == null || !Files.isDirectory(dir))) {
            return List.of();
        }
        if (dir == null) {
            throw ShaleException.usage("nothing to lint: no schema and no migrations folder found; give --schema PATH, "
                    + "--migrations DIR or SQL files");
        }
        return MigrationsReader.read(dir, cwd);
    }

    /** prisma/migrations next to the schema, found as Prisma finds the schema. */
    private Path migrationsNextToSchema() {
        Path found = schema;
        if (found == null) {
            found = Files.exists(Path.of("prisma", "schema.prisma")) ? Path.of("prisma", "schema.prisma")
                    : Files.exists(Path.of("schema.prisma")) ? Path.of("schema.prisma") : null;
        }
        if (found == null) {
            return Files.isDirectory(Path.of("prisma", "migrations")) ? Path.of("prisma", "migrations") : null;
        }
        if (!Files.exists(found)) {
            throw ShaleException.usage("the schema `" + found + "` does not exist");
        }
        Path folder = Files.isDirectory(found) ? found : found.toAbsolutePath().getParent();
        return folder.resolve("migrations");
    }
}
