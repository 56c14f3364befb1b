package dev.shale.cli;

import dev.shale.migrate.DurationText;
import dev.shale.migrate.MigrationResolver;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shale migrate resolve --applied N | --rolled-back N}: Prisma's resolve, with its rules and messages. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Mark a migration as applied (baselining, or after fixing a failure by hand) or a failed migration as "
                + "rolled back (so the next deploy runs it again), without running it."})
public final class MigrateResolveCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;
    @Mixin EventOptions eventOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--applied", paramLabel = "MIGRATION", required = true,
                description = "Record MIGRATION (a folder name such as 20201231000000_init) as applied.")
        String applied;

        @Option(names = "--rolled-back", paramLabel = "MIGRATION", required = true,
                description = "Record the failed MIGRATION as rolled back.")
        String rolledBack;
    }

    @Option(names = "--lock-wait", paramLabel = "DURATION", defaultValue = "60s",
            description = "How long to wait for the migration lock (default: ${DEFAULT-VALUE}).")
    String lockWait;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Project project = database.project();
        DatabaseChoice choice = database.database(project, spec.commandLine().getErr());
        out.println(DatabaseOptions.describe(project, choice.url()));
        out.println();
        MigrationResolver resolver = new MigrationResolver(DurationText.parse(lockWait, "--lock-wait"),
                eventOptions.sink(project.workingDirectory()));
        if (target.applied != null) {
            resolver.markApplied(project.migrations(), choice.url(), target.applied);
            out.println("Migration " + target.applied + " marked as applied.");
        } else {
            resolver.markRolledBack(choice.url(), target.rolledBack);
            out.println("Migration " + target.rolledBack + " marked as rolled back.");
        }
        return 0;
    }
}
