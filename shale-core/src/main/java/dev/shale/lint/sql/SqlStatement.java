package dev.shale.lint.sql;

import java.util.List;

/**
 * One statement of a migration file: its tokens (without the closing {@code ;}), the comments
 * written just before it (and after it on its last line), its source text and what it is.
 */
public record SqlStatement(int index, List<SqlToken> tokens, List<SqlComment> leadingComments,
        List<SqlComment> trailingComments, String text, ParsedStatement parsed) {
    public SqlStatement {
        tokens = List.copyOf(tokens);
        leadingComments = List.copyOf(leadingComments);
        trailingComments = List.copyOf(trailingComments);
    }

    public int line() {
        return tokens.get(0).line();
    }

    public int column() {
        return tokens.get(0).column();
    }

    /** The text on one line, shortened for messages. */
    public String summary() {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    /** Every comment that belongs to this statement, leading then trailing. */
    public List<SqlComment> comments() {
        java.util.ArrayList<SqlComment> all = new java.util.ArrayList<>(leadingComments);
        all.addAll(trailingComments);
        return all;
    }
}
