package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shale validate [--schema PATH] [--json]}: parses and validates the schema as Prisma 7.10
 * does and prints its diagnostics the way Prisma prints them. Exit 0 when valid (warnings
 * allowed), 1 on any error, 2 for a usage error (no schema found).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Parses and validates the schema; prints Prisma-style diagnostics.",
            "Exit 0 when valid (warnings allowed), 1 on any error, 2 when no schema is found."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "A .prisma file or a folder of them (default: prisma/schema.prisma, then schema.prisma).")
    String schema;

    @Option(names = "--json", description = "Print {\"diagnostics\":[...]} instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        List<SourceFile> files = new SchemaLoader(workingDirectory).load(schema);
        ValidationResult result = Psl.validate(files);
        List<Diagnostic> diagnostics = result.diagnostics();
        int exit = result.hasErrors() ? ExitCode.PROBLEMS.code() : ExitCode.OK.code();
        if (json) {
            out.println(DiagnosticRenderer.toJson(diagnostics));
            return exit;
        }
        if (!diagnostics.isEmpty()) {
            err.print(new DiagnosticRenderer(colours()).render(diagnostics, files));
        }
        if (result.hasErrors()) {
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            err.println();
            err.println("Validation Error Count: " + errors);
            return exit;
        }
        String shown = schema != null ? schema : files.get(0).name();
        out.println((files.size() > 1 ? "The schemas at " + shown + " are valid" : "The schema at " + shown + " is valid") + " \uD83D\uDE80");
        return exit;
    }

    /** Colour on an interactive terminal unless {@code NO_COLOR} is set (https://no-color.org). */
    private static boolean colours() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }
}
