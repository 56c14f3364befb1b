package dev.shale.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --on-failure CMD}: on a failed migration, runs {@code CMD} through the shell with the event's
 * JSON in the {@code SHALE_EVENT} environment variable (for example a curl to a chat hook). The
 * command's output goes to the log; a command that fails or hangs is reported, never fatal.
 */
public final class FailureAlert implements EventSink {
    public static final String ENV = "SHALE_EVENT";
    private static final Logger LOG = LoggerFactory.getLogger(FailureAlert.class);

    private final String command;
    private final Duration timeout;

    public FailureAlert(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    @Override
    public void publish(MigrationEvent event) {
        if (event.type() != EventType.FAILED) {
            return;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        List<String> argv = windows ? List.of("cmd", "/c", command) : List.of("/bin/sh", "-c", command);
        Path output = null;
        try {
            // Output to a file, not a pipe, so a command that hangs cannot hang Shale past the timeout.
            output = Files.createTempFile("shale-alert", ".log");
            ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice(windows)));
            pb.environment().put(ENV, event.toJson());
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                LOG.warn("the --on-failure command did not finish within {} and was stopped", timeout.toMillis() + "ms");
                return;
            }
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                LOG.warn("the --on-failure command exited with {}{}", p.exitValue(), text.isEmpty() ? "" : ": " + text);
            } else if (!text.isEmpty()) {
                LOG.info("--on-failure: {}", text);
            }
        } catch (IOException e) {
            LOG.warn("could not run the --on-failure command: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static java.io.File nullDevice(boolean windows) {
        return new java.io.File(windows ? "NUL" : "/dev/null");
    }
}
