package dev.shale.psl;

import dev.shale.psl.ast.SchemaAst;
import java.util.Objects;

/** One schema file and its syntax tree. */
public record ParsedFile(SourceFile source, SchemaAst ast) {
    public ParsedFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ast, "ast");
    }
}
