package dev.shale.cli;

import dev.shale.devdb.DevDatabase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale dev-db url}: prints the development database URL, starting the server when needed. */
@Command(name = "url", mixinStandardHelpOptions = true,
        description = "Print the URL of the development database (starting the server when it is not running).")
public final class DevDbUrlCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(new DevDatabase(Path.of("")).url().masked());
        return 0;
    }
}
