package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.diag.Severity;
import dev.shale.psl.format.Formatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shale format [--schema PATH] [--check]}: the canonical layout, byte-identical to {@code prisma format}. */
@Command(
        name = "format",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrites the schema in canonical layout, byte-identical to `prisma format`.",
            "Only files that change are written. A schema with syntax errors is left untouched."
        })
public final class FormatCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "A .prisma file or a folder of them (default: prisma/schema.prisma, then schema.prisma).")
    String schema;

    @Option(names = "--check", description = "Write nothing; name each file that is not formatted and exit 1 if any.")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        List<SourceFile> files = new SchemaLoader(workingDirectory).load(schema);
        ParsedSchema parsed = Psl.parse(files);
        if (parsed.hasErrors()) {
            List<Diagnostic> ordered = new ArrayList<>(parsed.diagnostics());
            ordered.sort(Comparator.comparing(d -> d.severity() == Severity.ERROR)); // warnings first, as Prisma prints
            err.print(new DiagnosticRenderer(Terminal.colours()).render(ordered, files));
            err.println("The schema has syntax errors; nothing was formatted.");
            return ExitCode.PROBLEMS.code();
        }
        List<SourceFile> formatted = Formatter.format(parsed); // the parse above, not a second one
        List<SourceFile> changed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (!formatted.get(i).text().equals(files.get(i).text())) {
                changed.add(formatted.get(i));
            }
        }
        if (check) {
            for (SourceFile file : changed) {
                out.println("not formatted: " + file.name());
            }
            out.println(changed.isEmpty() ? "All " + files.size() + " schema file(s) are formatted."
                    : changed.size() + " of " + files.size() + " schema file(s) would be reformatted. Run `shale format`.");
            return changed.isEmpty() ? ExitCode.OK.code() : ExitCode.PROBLEMS.code();
        }
        for (SourceFile file : changed) {
            write(workingDirectory.resolve(file.name()), file.text());
            out.println("formatted: " + file.name());
        }
        out.println(changed.isEmpty() ? "All " + files.size() + " schema file(s) were already formatted."
                : "Formatted " + changed.size() + " of " + files.size() + " schema file(s).");
        return ExitCode.OK.code();
    }

    /** Replaces a file through a temporary file in the same folder, so a crash never leaves it half written. */
    private static void write(Path path, String text) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicMoveUnsupported) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original is untouched; the temporary file's name says what it is
                }
            }
            throw new ShaleException(ExitCode.PROBLEMS, "Cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
