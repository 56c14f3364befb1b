package dev.shale.psl.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows whose columns are aligned when rendered (field name, type, attributes), each with an
 * optional suffix that does not affect the layout (a trailing comment), and interleaved rows
 * printed as they are (unrecognised lines). Column widths are measured in UTF-8 bytes, as
 * Prisma measures them, so lines with non-ASCII text align exactly as {@code prisma format} aligns them.
 */
final class Table {
    private static final class Row {
        final List<StringBuilder> columns = new ArrayList<>();
        final StringBuilder suffix = new StringBuilder();
        final String interleaved;

        Row(String interleaved) {
            this.interleaved = interleaved;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void startRow() {
        rows.add(new Row(null));
    }

    /** The cell at {@code index} of the current row; the row is widened (or narrowed) to {@code index + 1} columns. */
    StringBuilder column(int index) {
        Row row = rows.get(rows.size() - 1);
        if (row.interleaved != null) {
            throw new IllegalStateException("not inside a regular row");
        }
        while (row.columns.size() > index + 1) {
            row.columns.remove(row.columns.size() - 1);
        }
        while (row.columns.size() < index + 1) {
            row.columns.add(new StringBuilder());
        }
        return row.columns.get(index);
    }

    void suffix(String text) {
        rows.get(rows.size() - 1).suffix.append(text);
    }

    void interleave(String text) {
        rows.add(new Row(text));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes every row, one per line, and empties the table. */
    void render(LayoutWriter out) {
        List<Integer> widths = new ArrayList<>();
        for (Row row : rows) {
            if (row.interleaved != null) {
                continue;
            }
            while (!row.columns.isEmpty() && row.columns.get(row.columns.size() - 1).length() == 0) {
                row.columns.remove(row.columns.size() - 1);
            }
            for (int i = 0; i < row.columns.size(); i++) {
                int width = utf8Length(row.columns.get(i));
                if (i < widths.size()) {
                    widths.set(i, Math.max(widths.get(i), width));
                } else {
                    widths.add(width);
                }
            }
        }
        for (Row row : rows) {
            if (row.interleaved != null) {
                out.write(row.interleaved);
            } else {
                for (int i = 0; i < row.columns.size(); i++) {
                    String cell = row.columns.get(i).toString();
                    out.write(cell);
                    if (i < row.columns.size() - 1) {
                        out.write(" ".repeat(widths.get(i) - utf8Length(cell) + 1));
                    }
                }
                if (row.suffix.length() > 0) {
                    if (!row.columns.isEmpty()) {
                        out.write(" ");
                    }
                    out.write(row.suffix.toString());
                }
            }
            out.endLine();
        }
        rows.clear();
    }

    /** The length in UTF-8 bytes (Prisma aligns by byte length). */
    static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 2; // a pair is 4 bytes
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
