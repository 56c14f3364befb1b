package dev.shale.psl;

import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.parse.Parser;
import java.util.ArrayList;
import java.util.List;

/** The entry point of the schema-language front end. */
public final class Psl {
    private Psl() {}

    /** Parses every file separately and combines the results; never throws on bad input. */
    public static ParsedSchema parse(List<SourceFile> sources) {
        List<ParsedFile> files = new ArrayList<>(sources.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile source : sources) {
            Parser.Result result = Parser.parse(source);
            files.add(new ParsedFile(source, result.ast()));
            diagnostics.addAll(result.diagnostics());
        }
        return new ParsedSchema(files, diagnostics);
    }

    /**
     * Parses and validates a schema (one or more files) as Prisma 7.10 does: every diagnostic,
     * warnings first, and the resolved datamodel when there is no error. Never throws on bad input.
     */
    public static dev.shale.psl.validate.ValidationResult validate(List<SourceFile> sources) {
        return dev.shale.psl.validate.Validator.validate(parse(sources));
    }

    /** Parses one file. */
    public static ParsedSchema parse(SourceFile source) {
        return parse(List.of(source));
    }
}
