package dev.shale.cli;

import dev.shale.devdb.DevDatabase;
import dev.shale.devdb.DevServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shale dev-db start}: starts the embedded PostgreSQL (or finds it running) and prints its URL. */
@Command(name = "start", mixinStandardHelpOptions = true, description = "Start the development PostgreSQL (it keeps running) and print its URL.")
public final class DevDbStartCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DevDatabase dev = new DevDatabase(Path.of(""));
        boolean wasRunning = dev.running().isPresent();
        String url = dev.url().masked();
        DevServer server = dev.running().orElseThrow();
        spec.commandLine().getErr().println((wasRunning ? "The development PostgreSQL is already running" : "Started the development PostgreSQL")
                + " (pid " + server.pid() + ", port " + server.port() + ", data in " + dev.dataDirectory() + ").");
        spec.commandLine().getOut().println(url);
        return 0;
    }
}
