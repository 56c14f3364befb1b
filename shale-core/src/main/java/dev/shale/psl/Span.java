package dev.shale.psl;

import java.util.Objects;

/**
 * A region of one schema file: {@code start} inclusive, {@code end} exclusive ({@code char}
 * offsets into the file's text), with the 1-based line and column of both ends. Columns count
 * UTF-16 code units; {@code endColumn} is the column just after the last character.
 *
 * <p>Every AST node has spans (two million for a 20,000-model schema), so a span holds only its file
 * and offsets, 24 bytes; lines and columns are looked up in the file's line table when asked for,
 * which is rare (diagnostics, the datamodel's source positions). Spans come from {@link SourceFile#span}.
 */
public final class Span {
    private final SourceFile source;
    private final int start;
    private final int end;

    Span(SourceFile source, int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        this.source = source;
        this.start = start;
        this.end = end;
    }

    /** The file this span is in. */
    public SourceFile source() {
        return source;
    }

    /** The name of the file, as the user sees it. */
    public String file() {
        return source.name();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The 1-based line of {@link #start()}. */
    public int line() {
        return source.lineOf(start);
    }

    /** The 1-based column of {@link #start()}. */
    public int column() {
        return start - source.lineStart(line()) + 1;
    }

    /** The 1-based line of {@link #end()}. */
    public int endLine() {
        return source.lineOf(end);
    }

    /** The 1-based column of {@link #end()}: just after the last character. */
    public int endColumn() {
        return end - source.lineStart(endLine()) + 1;
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span covers the given offset (start inclusive, end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Equal when the file names, offsets, lines and columns are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Span that && start == that.start && end == that.end && file().equals(that.file())
                && (source == that.source || line() == that.line() && column() == that.column()
                        && endLine() == that.endLine() && endColumn() == that.endColumn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file(), start, end);
    }

    @Override
    public String toString() {
        return file() + ":" + line() + ":" + column();
    }
}
