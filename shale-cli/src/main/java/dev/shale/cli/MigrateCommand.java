package dev.shale.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale migrate}: the migration lifecycle; prints its subcommands. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply, inspect and resolve migrations (Prisma Migrate compatible).",
        subcommands = {MigrateDeployCommand.class, MigrateStatusCommand.class, MigrateResolveCommand.class,
            MigratePlanCommand.class,
            MigrateDevCommand.class,
            MigrateResetCommand.class,
            MigrateDiffCommand.class,
        })
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
