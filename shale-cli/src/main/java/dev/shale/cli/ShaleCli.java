package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code shale} command: the root of every subcommand. Only this module prints. */
@Command(
        name = "shale",
        mixinStandardHelpOptions = true,
        versionProvider = ShaleCli.VersionProvider.class,
        description = "Schema migrations for the JVM, compatible with Prisma Migrate.")
public final class ShaleCli implements Runnable {

    /**
     * The subcommands by name, in the order {@code shale --help} lists them (one line per command; the
     * name is the one in the class's {@code @Command}). They are registered here rather than in the
     * annotation so a run builds only the command it runs: picocli reflects over every registered class
     * at start-up, and {@code shale validate} should not pay for the migration commands (see
     * docs/architecture.md, "Start-up").
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            Map.entry("help", CommandLine.HelpCommand.class),
            Map.entry("format", FormatCommand.class),
            Map.entry("lint", LintCommand.class),
            Map.entry("validate", ValidateCommand.class),
            Map.entry("migrate", MigrateCommand.class),
            Map.entry("db", DbCommand.class),
            Map.entry("dev-db", DevDbCommand.class));

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        String logLevel = System.getenv("SHALE_LOG");
        if (logLevel != null && !logLevel.isBlank()) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logLevel);
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit code; used by {@link #main} and the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(out, err, args);
        return cli.execute(args);
    }

    /**
     * The command line for these arguments: when the first one names a subcommand (other than
     * {@code help}), only that subcommand is registered; otherwise (help, version, a mistake) all are,
     * so usage and suggestions list every command.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... arguments) {
        CommandLine cli = new CommandLine(new ShaleCli());
        String first = arguments.length > 0 ? arguments[0] : "";
        Class<?> only = first.equals("help") ? null : SUBCOMMANDS.get(first);
        if (only != null) {
            cli.addSubcommand(first, only);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(ShaleCli::handleException);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine command = ex.getCommandLine();
            command.getErr().println("error: " + ex.getMessage());
            command.getErr().println("Run `" + command.getCommandSpec().qualifiedName() + " --help` for usage.");
            return ExitCode.USAGE.code();
        });
        return cli;
    }

    private static int handleException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof ShaleException shale) {
            err.println("error: " + shale.getMessage());
            return shale.exitCode().code();
        }
        // An unexpected fault is still reported as one line; the stack trace only with SHALE_DEBUG=1.
        err.println("error: internal error: " + ex);
        if ("1".equals(System.getenv("SHALE_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            err.println("Run again with SHALE_DEBUG=1 for the stack trace, and report it.");
        }
        return ExitCode.PROBLEMS.code();
    }

    @SafeVarargs
    private static Map<String, Class<?>> subcommands(Map.Entry<String, Class<?>>... entries) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"shale " + version() + " (Java " + Runtime.version() + ")"};
        }

        /** The version Maven wrote into the jar, or {@code unknown}. */
        String version() {
            Properties props = new Properties();
            try (InputStream in = ShaleCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return props.getProperty("version", "unknown");
        }
    }
}
