package dev.shale.psl;

import java.util.Arrays;
import java.util.Objects;

/**
 * One schema file: the name it is shown under (the path as the user sees it, e.g.
 * {@code prisma/schema.prisma}) and its text. Offsets everywhere in the schema language are
 * {@code char} indexes into {@link #text()}; lines and columns are 1-based.
 */
public final class SourceFile implements dev.shale.datamodel.SourceSpan.Lines {
    private final String name;
    private final String text;
    private int[] lineStarts; // computed on first use; benign race (same result on every thread)
    private int lastLineIndex; // a hint: spans are mostly asked for in source order; always verified before use

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The number of lines: the count of line feeds plus one (a file ending in a line feed has an empty last line). */
    public int lineCount() {
        return lineStarts().length;
    }

    /** The 1-based line of an offset (an offset on a line feed belongs to the line it ends). */
    @Override
    public int lineOf(int offset) {
        return lineIndex(Math.max(0, Math.min(offset, text.length())), lastLineIndex) + 1;
    }

    /** The 0-based line index of a clamped offset, trying the hint and the line after it before a binary search. */
    private int lineIndex(int offset, int hint) {
        int[] starts = lineStarts();
        if (hint < starts.length && starts[hint] <= offset) {
            if (hint + 1 == starts.length || offset < starts[hint + 1]) {
                return hint;
            }
            if (hint + 2 == starts.length || offset < starts[hint + 2]) {
                lastLineIndex = hint + 1;
                return hint + 1;
            }
        }
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        lastLineIndex = line;
        return line;
    }

    /** The 1-based column of an offset, counted in UTF-16 code units from the start of its line. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStart(lineOf(clamped)) + 1;
    }

    /** The offset where a 1-based line starts. */
    @Override
    public int lineStart(int line) {
        return lineStarts()[line - 1];
    }

    /** The text of a 1-based line without its line feed (a carriage return before it is kept, as Prisma prints it). */
    public String lineText(int line) {
        int[] starts = lineStarts();
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(start, end);
    }

    /** A span of this file from {@code start} (inclusive) to {@code end} (exclusive). */
    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Span(this, s, e);
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return starts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && name.equals(that.name) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + ", " + text.length() + " chars]";
    }
}
