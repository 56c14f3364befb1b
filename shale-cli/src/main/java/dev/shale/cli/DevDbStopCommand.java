package dev.shale.cli;

import dev.shale.devdb.DevDatabase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale dev-db stop}: stops the embedded PostgreSQL; its data stays. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the development PostgreSQL; its data stays in .shale/dev-db.")
public final class DevDbStopCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean stopped = new DevDatabase(Path.of("")).stop();
        spec.commandLine().getOut().println(stopped ? "Stopped the development PostgreSQL." : "The development PostgreSQL is not running.");
        return 0;
    }
}
