package dev.shale.psl.format;

/** The output of the formatter: text with an indentation level applied at the start of each line. */
final class LayoutWriter {
    private final StringBuilder out;
    private final int indentWidth;
    private int indent;

    LayoutWriter(int indentWidth, int capacity) {
        this.indentWidth = indentWidth;
        this.out = new StringBuilder(capacity);
    }

    /** Appends text, indenting first when at the start of a line (even for empty text, as Prisma does). */
    void write(String text) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            out.append(" ".repeat(indent * indentWidth));
        }
        out.append(text);
    }

    void endLine() {
        out.append('\n');
    }

    void indentUp() {
        indent++;
    }

    void indentDown() {
        if (indent > 0) {
            indent--;
        }
    }

    /** The text so far, ending with a line feed. */
    String finish() {
        if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.toString();
    }
}
