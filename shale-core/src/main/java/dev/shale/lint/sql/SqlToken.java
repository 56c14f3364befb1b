package dev.shale.lint.sql;

import java.util.Locale;

/**
 * One token of PostgreSQL-flavoured SQL with its position (1-based line and column, 0-based offset).
 * Words keep their spelling; {@link #upper()} is for keyword comparison.
 */
public record SqlToken(Type type, String text, int offset, int line, int column) {
    public enum Type {
        /** A keyword or unquoted identifier. */
        WORD,
        /** A double-quoted identifier; {@link #text()} is the name without quotes. */
        QUOTED_IDENT,
        /** A string constant ('..', E'..', $tag$..$tag$); {@link #text()} is the source spelling. */
        STRING,
        NUMBER,
        /** Punctuation and operators: ( ) , ; . :: = and the like. */
        SYMBOL
    }

    public String upper() {
        return type == Type.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }

    public boolean isWord(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    public boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && text.equals(symbol);
    }

    /** An identifier as PostgreSQL folds it: unquoted words lower-cased, quoted names kept. */
    public String identifier() {
        return type == Type.WORD ? text.toLowerCase(Locale.ROOT) : text;
    }

    public boolean isIdentifier() {
        return type == Type.WORD || type == Type.QUOTED_IDENT;
    }
}
