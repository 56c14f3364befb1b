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

    /** Parses one file. */
    public static ParsedSchema parse(SourceFile source) {
        return parse(List.of(source));
    }
}
