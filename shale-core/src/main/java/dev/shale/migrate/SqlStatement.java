package dev.shale.migrate;

/**
 * One statement of a migration script: its text without the terminating semicolon, and where it
 * starts in the file (1-based line), so an error can point at the line.
 */
public record SqlStatement(String sql, int line) {
    public SqlStatement {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("a statement has text");
        }
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1");
        }
    }

    /** The file line of a 1-based character position inside {@link #sql()} (as PostgreSQL reports errors). */
    public int lineOf(int position) {
        int n = line;
        int end = Math.min(Math.max(position - 1, 0), sql.length());
        for (int i = 0; i < end; i++) {
            if (sql.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The statement on one line (runs of white space made one space), shortened for messages. */
    public String summary() {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }
}
