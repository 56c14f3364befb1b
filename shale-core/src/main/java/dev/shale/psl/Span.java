package dev.shale.psl;

/**
 * A region of one schema file: {@code start} inclusive, {@code end} exclusive ({@code char}
 * offsets into the file's text), with the 1-based line and column of both ends. Columns count
 * UTF-16 code units; {@code endColumn} is the column just after the last character.
 */
public record Span(String file, int start, int end, int line, int column, int endLine, int endColumn) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span covers the given offset (start inclusive, end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
