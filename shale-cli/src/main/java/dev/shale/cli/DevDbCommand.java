package dev.shale.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale dev-db}: the project's embedded development PostgreSQL. */
@Command(name = "dev-db", mixinStandardHelpOptions = true,
        description = "The embedded development PostgreSQL of this project (data in .shale/dev-db).",
        subcommands = {DevDbStartCommand.class, DevDbStopCommand.class, DevDbUrlCommand.class})
public final class DevDbCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
