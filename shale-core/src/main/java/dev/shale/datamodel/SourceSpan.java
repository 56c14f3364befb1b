package dev.shale.datamodel;

import java.util.Objects;

/**
 * Where a datamodel item was written: the file as the user named it, character offsets
 * (start inclusive, end exclusive) and 1-based line and column of both ends.
 *
 * <p>A value like a record (equal when all seven parts are). A schema of 20,000 models has some
 * 400,000 of these and lines and columns are rarely asked for, so a span made by {@link #of} holds
 * only its offsets and the file's {@link Lines}, and finds its lines and columns when asked.
 */
public final class SourceSpan {

    /** Where the lines of a file start: what a span needs to find its lines and columns. */
    public interface Lines {
        /** The 1-based line of an offset. */
        int lineOf(int offset);

        /** The offset where a 1-based line starts. */
        int lineStart(int line);
    }

    /** Positions given up front (the seven-part constructor). */
    private record Fixed(int line, int column, int endLine, int endColumn) implements Lines {
        @Override
        public int lineOf(int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lineStart(int line) {
            throw new UnsupportedOperationException();
        }
    }

    private final String file;
    private final int start;
    private final int end;
    private final Lines lines;

    public SourceSpan(String file, int start, int end, int line, int column, int endLine, int endColumn) {
        this(file, start, end, new Fixed(line, column, endLine, endColumn));
        if (line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + ".." + endLine + ":" + endColumn);
        }
    }

    private SourceSpan(String file, int start, int end, Lines lines) {
        this.file = Objects.requireNonNull(file, "file");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        this.start = start;
        this.end = end;
        this.lines = lines;
    }

    /** A span whose lines and columns are looked up in {@code lines} when asked for. */
    public static SourceSpan of(String file, int start, int end, Lines lines) {
        return new SourceSpan(file, start, end, Objects.requireNonNull(lines, "lines"));
    }

    /** A span for items built in code rather than read from a file (tests, generated schemas). */
    public static SourceSpan none() {
        return new SourceSpan("", 0, 0, 1, 1, 1, 1);
    }

    public String file() {
        return file;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int line() {
        return lines instanceof Fixed fixed ? fixed.line() : lines.lineOf(start);
    }

    public int column() {
        return lines instanceof Fixed fixed ? fixed.column() : start - lines.lineStart(lines.lineOf(start)) + 1;
    }

    public int endLine() {
        return lines instanceof Fixed fixed ? fixed.endLine() : lines.lineOf(end);
    }

    public int endColumn() {
        return lines instanceof Fixed fixed ? fixed.endColumn() : end - lines.lineStart(lines.lineOf(end)) + 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceSpan that && start == that.start && end == that.end && file.equals(that.file)
                && (lines == that.lines || line() == that.line() && column() == that.column()
                        && endLine() == that.endLine() && endColumn() == that.endColumn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, start, end);
    }

    @Override
    public String toString() {
        return "SourceSpan[file=" + file + ", start=" + start + ", end=" + end + ", line=" + line() + ", column=" + column()
                + ", endLine=" + endLine() + ", endColumn=" + endColumn() + "]";
    }
}
