package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.develop.DatabaseReset;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.DeployOptions;
import dev.shale.migrate.DeployResult;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.migrate.MigrationLockFile;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shale migrate reset}: empties the database and applies every migration again, as
 * {@code prisma migrate reset} does; only the embedded development database without {@code --force}.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Drop everything in the database (PostgreSQL: the URL's schema; MySQL/MariaDB: the database; SQLite: "
                + "the file) and re-apply every migration. ALL DATA IS LOST.",
            "Without --force only the embedded development database is reset."})
public final class MigrateResetCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;
    @Mixin EventOptions eventOptions;

    @Option(names = {"--force", "-f"}, description = "Reset a database that is not the embedded development database "
            + "(Shale never asks: this flag is the confirmation).")
    boolean force;

    @Option(names = {"--skip-seed", "--skip-generate"}, hidden = true,
            description = "Accepted for Prisma compatibility; Shale neither seeds nor generates a client.")
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
        if (!choice.isDevDatabase() && !force) {
            err.println("error: not reset: " + DatabaseReset.describe(choice.url()) + " is not the embedded development "
                    + "database, and a reset deletes all its data. If that is what you want, run again with --force: "
                    + "shale migrate reset --force");
            return ExitCode.PROBLEMS.code();
        }
        MigrationLockFile.checkProvider(project.migrations().path(), choice.url().kind().prismaProvider());
        DatabaseReset.reset(choice.url());
        out.println("Database reset successful: " + DatabaseReset.describe(choice.url()) + " was emptied.");
        out.println();
        DeployResult result = new MigrationDeployer(DeployOptions.DEFAULTS, eventOptions.sink(project.workingDirectory()))
                .deploy(project.migrations(), choice.url());
        if (result.applied().isEmpty()) {
            out.println("No migration found in " + MigrateStatusCommand.relative(project) + ": the database is empty.");
            return 0;
        }
        out.println("The following migration(s) have been applied:");
        out.println();
        out.println(MigrateStatusCommand.relative(project) + "/");
        for (AppliedMigration a : result.applied()) {
            out.println("  └─ " + a.name() + "/");
            out.println("    └─ migration.sql");
        }
        return 0;
    }
}
