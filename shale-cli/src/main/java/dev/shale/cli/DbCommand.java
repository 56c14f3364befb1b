package dev.shale.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale db}: work on the database without migrations; prints its subcommands. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Work on the database directly, without migrations.",
        subcommands = {DbPullCommand.class,
            DbPushCommand.class,
        })
public final class DbCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
