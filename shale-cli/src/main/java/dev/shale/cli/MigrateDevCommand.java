package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.db.DatabaseUrl;
import dev.shale.develop.DataLossCheck;
import dev.shale.develop.DatabaseReset;
import dev.shale.develop.DevSession;
import dev.shale.diff.DiffSummary;
import dev.shale.lint.Finding;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.MigrationName;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shale migrate dev}: creates the next migration from the schema on the development database,
 * as {@code prisma migrate dev} does, without prompts: drift is explained with the commands that
 * resolve it (never a reset without {@code --force-reset}), unsafe changes are refused with their fix
 * (unless {@code --allow-unsafe}).
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = {"Create the next migration from the schema changes, apply it to the development database, and keep "
                + "the history honest: edited, failed or missing migrations and drift are explained, never reset silently.",
            "Steps: validate the schema; check the history; replay it on a shadow database and compare with the database "
                + "(drift); apply pending migrations; diff the history with the schema; lint the new migration; write "
                + "migrations/<timestamp>_<name>/migration.sql; apply it unless --create-only."})
public final class MigrateDevCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;
    @Mixin EventOptions eventOptions;

    @Option(names = {"--name", "-n"}, paramLabel = "NAME",
            description = "The new migration's name (folder <timestamp>_<name>, normalised as Prisma does). Needed when "
                    + "there is a change to write.")
    String name;

    @Option(names = "--create-only", description = "Write the migration without applying it (edit it, then run migrate dev "
            + "again to apply it as edited); with no change, an empty migration to fill by hand.")
    boolean createOnly;

    @Option(names = "--force-reset", description = "When the history cannot be continued (drift, edited, failed or missing "
            + "migrations), reset the development database (ALL DATA IS LOST) and re-apply the migrations, instead of stopping.")
    boolean forceReset;

    @Option(names = "--allow-unsafe", description = "Write (and apply) a migration with lint errors; the findings are kept as "
            + "a comment block at the top of migration.sql.")
    boolean allowUnsafe;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty scratch database to replay the migrations on (default: a database in the embedded "
                    + "PostgreSQL, a temporary SQLite file; required for MySQL). It is emptied.")
    String shadowUrl;

    @Option(names = {"--skip-generate", "--skip-seed"}, hidden = true, description = "Accepted for Prisma compatibility; "
            + "Shale neither generates a client nor seeds.")
    boolean ignored;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project = database.project();
        DatabaseChoice choice = database.database(project, err);
        out.println(DatabaseOptions.describe(project, choice.url()));
        out.println();
        out.flush();
        DevSession.Request request = new DevSession.Request(project.workingDirectory(), database.schema, project.migrations(),
                choice.url(), Optional.ofNullable(shadowUrl).filter(s -> !s.isBlank()).map(DatabaseUrl::parse)
                        .map(u -> u.resolveAgainst(project.workingDirectory())),
                Optional.ofNullable(name), createOnly, forceReset, allowUnsafe, Instant.now(),
                eventOptions.sink(project.workingDirectory()));
        DevSession.Result result = DevSession.run(request);
        String folder = shown(project);
        result.reset().ifPresent(why -> out.println("The database was reset (--force-reset): " + DatabaseReset.describe(choice.url())
                + " was emptied and every migration re-applied.\n"));
        if (!result.appliedPending().isEmpty()) {
            out.println("The following migration(s) have been applied:");
            out.println();
            tree(out, folder, result.appliedPending().stream().map(AppliedMigration::name).toList());
            out.println();
        }
        if (result.refusal().isPresent()) {
            return refuse(result, result.refusal().get(), project, choice, err);
        }
        printDataLoss(out, result.dataLoss());
        printFindings(out, result.findings(), allowUnsafe);
        if (result.created().isEmpty()) {
            out.println(result.appliedPending().isEmpty() ? "Already in sync, no schema change or pending migration was found."
                    : "Your database is now in sync with your schema.");
            return 0;
        }
        String created = result.created().get().name();
        if (!result.createdApplied()) {
            out.println("Shale created the following migration without applying it " + created);
            out.println();
            out.println("You can now edit it and apply it by running shale migrate dev.");
            return 0;
        }
        out.println("The following migration(s) have been created and applied from new schema changes:");
        out.println();
        tree(out, folder, List.of(created));
        out.println();
        out.println("Your database is now in sync with your schema.");
        return 0;
    }

    /** The migrations folder as a command line should name it: relative when it is below the working directory. */
    private static String shown(Project project) {
        java.nio.file.Path dir = project.migrations().path();
        return dir.startsWith(project.workingDirectory()) ? MigrateStatusCommand.relative(project) : dir.toString();
    }

    private static void tree(PrintWriter out, String folder, List<String> names) {
        out.println(folder + "/");
        for (String n : names) {
            out.println("  └─ " + n + "/");
            out.println("    └─ migration.sql");
        }
    }

    private static void printDataLoss(PrintWriter out, List<DataLossCheck.DataLoss> loss) {
        if (loss.isEmpty()) {
            return;
        }
        out.println("⚠️  Warnings for the current datasource:");
        out.println();
        loss.forEach(l -> out.println("  • " + l.message()));
        out.println();
    }

    private static void printFindings(PrintWriter out, List<Finding> findings, boolean accepted) {
        if (findings.isEmpty()) {
            return;
        }
        out.println("shale lint on the new migration" + (accepted ? " (errors accepted with --allow-unsafe, kept at the top of "
                + "migration.sql)" : "") + ":");
        findings.forEach(f -> printFinding(out, f));
        out.println();
    }

    private static void printFinding(PrintWriter out, Finding f) {
        // Findings the linter could not place in the schema point into the new migration.sql.
        String file = f.file().equals(dev.shale.lint.PendingChange.NAME) ? "new migration.sql" : f.file();
        String at = file.isEmpty() ? "" : file + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": ";
        out.println("  " + at + f.severity().label() + " " + f.code() + " " + f.message());
        if (!f.fix().isEmpty()) {
            out.println("    fix: " + f.fix());
        }
    }

    private int refuse(DevSession.Result result, DevSession.Refusal refusal, Project project, DatabaseChoice choice,
            PrintWriter err) {
        String folder = shown(project);
        String reset = choice.isDevDatabase() ? "shale migrate reset" : "shale migrate reset --force";
        if (refusal instanceof DevSession.HistoryProblems h) {
            err.println("error: the migration history of this database cannot be continued:");
            h.problems().forEach(p -> err.println("- " + p));
            err.println();
            err.println("Nothing was changed. To reset the development database and re-apply every migration in one go: "
                    + "shale migrate dev --force-reset" + (name == null ? "" : " --name " + name) + " (ALL DATA IS LOST).");
            return ExitCode.PROBLEMS.code();
        }
        if (refusal instanceof DevSession.Drift d) {
            err.println("error: drift detected: the database is not what the applied migrations of " + folder + " make.");
            err.println();
            d.explanation().lines().forEach(l -> err.println("  - " + l));
            err.println();
            err.println("Shale never resets a database on its own; nothing was changed. Either:");
            err.println("  1. drop the changes and re-apply the migrations (ALL DATA in " + DatabaseReset.describe(choice.url())
                    + " IS LOST):");
            err.println("       " + reset);
            err.println("     (or in one go: shale migrate dev --force-reset" + (name == null ? "" : " --name " + name) + ")");
            String driftName = MigrationName.folderName(Instant.now(), "drift");
            err.println("  2. or keep them as a migration, recorded as already applied:");
            err.println("       shale migrate diff --from-migrations " + folder + " --to-url '" + choice.url().masked()
                    + "' --script > drift.sql");
            err.println("       mkdir " + folder + "/" + driftName + " && mv drift.sql " + folder + "/" + driftName + "/migration.sql");
            err.println("       shale migrate resolve --applied " + driftName);
            if (choice.url().masked().contains("***")) {
                err.println("     (put the password back in place of *** in the URL)");
            }
            if (d.unmanaged() && !project.migrations().names().isEmpty()) {
                err.println("  3. or, if the database already holds what the migrations make, baseline it (it has no "
                        + "_prisma_migrations): shale migrate resolve --applied " + project.migrations().names().get(0));
            }
            return ExitCode.PROBLEMS.code();
        }
        if (refusal instanceof DevSession.NameRequired n) {
            err.println("error: the schema has changes no migration holds yet; name the new migration with --name "
                    + "(shale migrate dev is not interactive):");
            err.println();
            DiffSummary.render(n.steps()).strip().lines().forEach(l -> err.println(l.isBlank() ? "" : "  " + l));
            err.println();
            err.println("e.g. shale migrate dev --name add_user_profiles");
            return ExitCode.USAGE.code();
        }
        DevSession.UnsafeChange u = (DevSession.UnsafeChange) refusal;
        printDataLoss(err, result.dataLoss());
        err.println("error: the new migration is unsafe; nothing was written.");
        result.findings().forEach(f -> printFinding(err, f));
        u.unexecutable().forEach(l -> err.println("  error: " + l.message()));
        err.println();
        err.println("Change the schema as the fixes say (or use shale migrate plan --name " + (name == null ? "N" : name)
                + " for a safe sequence of migrations), or accept the risk: run again with --allow-unsafe (the findings are "
                + "kept as a comment at the top of migration.sql).");
        return ExitCode.PROBLEMS.code();
    }
}
