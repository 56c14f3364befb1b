package dev.shale.psl;

import dev.shale.psl.diag.Diagnostic;
import java.util.List;

/** A schema of one or more files, each parsed separately, with every parse diagnostic in file order. */
public record ParsedSchema(List<ParsedFile> files, List<Diagnostic> diagnostics) {
    public ParsedSchema {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<SourceFile> sources() {
        return files.stream().map(ParsedFile::source).toList();
    }
}
