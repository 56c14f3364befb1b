package dev.shale.cli;

import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.DeployOptions;
import dev.shale.migrate.DeployResult;
import dev.shale.migrate.DurationText;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shale migrate deploy}: applies pending migrations, as {@code prisma migrate deploy} does, with timeouts and events. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Apply the pending migrations in order, under Prisma's migration lock, each in a transaction where the "
                + "database allows it, with lock and statement timeouts, recorded in _prisma_migrations.",
                "Refuses an unresolved failed migration, an edited applied migration and a non-empty database without history."})
public final class MigrateDeployCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;
    @Mixin EventOptions eventOptions;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "lock_timeout of each migration (default: ${DEFAULT-VALUE}; 0 = none); a header line "
                    + "`-- shale:lock-timeout 5s` overrides it for one migration.")
    String lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", defaultValue = "0",
            description = "statement_timeout of each migration (default: ${DEFAULT-VALUE} = none); `-- shale:statement-timeout 10min` "
                    + "overrides it for one migration.")
    String statementTimeout;

    @Option(names = "--lock-wait", paramLabel = "DURATION", defaultValue = "60s",
            description = "How long to wait for the migration lock another deploy (Shale or Prisma) holds (default: ${DEFAULT-VALUE}).")
    String lockWait;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeployOptions options = new DeployOptions(DurationText.parse(lockTimeout, "--lock-timeout"),
                DurationText.parse(statementTimeout, "--statement-timeout"), DurationText.parse(lockWait, "--lock-wait"));
        Project project = database.project();
        DatabaseChoice choice = database.database(project, err);
        out.println(DatabaseOptions.describe(project, choice.url()));
        out.println();
        int found = project.migrations().names().size();
        out.println(MigrateStatusCommand.foundLine(found, project));
        out.flush();
        DeployResult result = new MigrationDeployer(options, eventOptions.sink(project.workingDirectory()))
                .deploy(project.migrations(), choice.url());
        out.println();
        for (String missing : result.missingLocally()) {
            err.println("warning: the migration `" + missing + "` is recorded in the database but not found in "
                    + MigrateStatusCommand.relative(project) + ".");
        }
        if (result.applied().isEmpty()) {
            out.println("No pending migrations to apply.");
            return 0;
        }
        out.println("The following migration(s) have been applied:");
        out.println();
        out.println("migrations/");
        for (AppliedMigration a : result.applied()) {
            out.println("  └─ " + a.name() + "/");
            out.println("    └─ migration.sql");
        }
        out.println();
        out.println("All migrations have been successfully applied.");
        return 0;
    }
}
