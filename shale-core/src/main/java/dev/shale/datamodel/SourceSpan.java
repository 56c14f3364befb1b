package dev.shale.datamodel;

import java.util.Objects;

/**
 * Where a datamodel item was written: the file as the user named it, character offsets
 * (start inclusive, end exclusive) and 1-based line and column of both ends.
 */
public record SourceSpan(String file, int start, int end, int line, int column, int endLine, int endColumn) {

    public SourceSpan {
        Objects.requireNonNull(file, "file");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + ".." + endLine + ":" + endColumn);
        }
    }

    /** A span for items built in code rather than read from a file (tests, generated schemas). */
    public static SourceSpan none() {
        return new SourceSpan("", 0, 0, 1, 1, 1, 1);
    }
}
