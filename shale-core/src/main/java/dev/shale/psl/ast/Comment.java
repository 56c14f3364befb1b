package dev.shale.psl.ast;

import dev.shale.psl.Span;

/**
 * One comment as written: {@code // ...}, {@code /// ...} (documentation) or {@code /* ... *}{@code /}.
 * {@code text} is the exact source from the first slash to the end of the line (trailing
 * whitespace kept) or to the closing {@code *}{@code /}.
 */
public record Comment(Kind kind, String text, Span span) {

    public enum Kind {
        /** {@code // ...}: not documentation. */
        LINE,
        /** {@code /// ...}: documentation of the next item. */
        DOC,
        /** {@code /* ... *}{@code /}: documentation, may span lines. */
        BLOCK
    }

    /** The text after {@code //} or {@code ///} as written (leading space and trailing whitespace kept); the inside of a block comment. */
    public String content() {
        return switch (kind) {
            case LINE -> text.substring(2);
            case DOC -> text.substring(3);
            case BLOCK -> text.substring(2, text.length() - 2);
        };
    }

    /** The documentation this comment contributes, as Prisma reads it, or {@code null} for a plain {@code //} comment. */
    public String documentation() {
        return switch (kind) {
            case LINE -> null;
            case DOC -> content().stripLeading();
            case BLOCK -> content().strip();
        };
    }
}
