package dev.shale.lint.sql;

import java.util.List;
import java.util.Locale;

/** A read position over one statement's tokens, with the small look-ahead helpers the classifier needs. */
final class TokenCursor {
    private final List<SqlToken> tokens;
    private final String source;
    private int i;

    TokenCursor(List<SqlToken> tokens, String source) {
        this.tokens = tokens;
        this.source = source;
    }

    boolean atEnd() {
        return i >= tokens.size();
    }

    SqlToken peek() {
        return atEnd() ? null : tokens.get(i);
    }

    SqlToken peek(int ahead) {
        return i + ahead < tokens.size() ? tokens.get(i + ahead) : null;
    }

    SqlToken next() {
        return tokens.get(i++);
    }

    /** The tokens consumed so far. */
    List<SqlToken> tokensRead() {
        return tokens.subList(0, i);
    }

    int index() {
        return i;
    }

    /** The current token, or the last one when the statement ended early: where to report a fault. */
    SqlToken here() {
        return atEnd() ? tokens.get(tokens.size() - 1) : tokens.get(i);
    }

    boolean isWord(String word) {
        return !atEnd() && tokens.get(i).isWord(word);
    }

    boolean isSymbol(String symbol) {
        return !atEnd() && tokens.get(i).isSymbol(symbol);
    }

    /** Consumes the words if they all follow, in order; otherwise consumes nothing. */
    boolean accept(String... words) {
        for (int k = 0; k < words.length; k++) {
            SqlToken t = peek(k);
            if (t == null || !t.isWord(words[k])) {
                return false;
            }
        }
        i += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (isSymbol(symbol)) {
            i++;
            return true;
        }
        return false;
    }

    /** An identifier (quoted or not), or null when the next token is not one. */
    String identifier() {
        if (atEnd() || !tokens.get(i).isIdentifier()) {
            return null;
        }
        return tokens.get(i++).identifier();
    }

    /** {@code name} or {@code schema.name}; null when no identifier follows. */
    QualifiedName qualifiedName() {
        String first = identifier();
        if (first == null) {
            return null;
        }
        if (isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            i++;
            String second = identifier();
            if (isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
                i++;
                return new QualifiedName(second, identifier());
            }
            return new QualifiedName(first, second);
        }
        return new QualifiedName("", first);
    }

    /** Skips one balanced parenthesised group starting at '(' and returns the tokens inside. */
    List<SqlToken> parenthesised() {
        int open = i;
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return tokens.subList(open + 1, i - 1);
                }
            }
        }
        return tokens.subList(Math.min(open + 1, tokens.size()), tokens.size());
    }

    /** Tokens up to (not including) a ',' at depth 0 or the end; leaves the cursor on the ','. */
    List<SqlToken> untilCommaAtDepthZero() {
        int from = i;
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = peek();
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                break;
            }
            i++;
        }
        return tokens.subList(from, i);
    }

    String source(List<SqlToken> range) {
        return sourceText(range, source);
    }

    static String sourceText(List<SqlToken> range, String source) {
        if (range.isEmpty()) {
            return "";
        }
        SqlToken first = range.get(0);
        SqlToken last = range.get(range.size() - 1);
        int end = last.offset() + (last.type() == SqlToken.Type.QUOTED_IDENT ? last.text().length() + 2 : last.text().length());
        return source.substring(first.offset(), Math.min(end, source.length()));
    }

    /** Splits a token list at ',' on depth 0. */
    static List<List<SqlToken>> splitOnCommas(List<SqlToken> range) {
        java.util.ArrayList<List<SqlToken>> parts = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < range.size(); k++) {
            SqlToken t = range.get(k);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                parts.add(range.subList(from, k));
                from = k + 1;
            }
        }
        if (from < range.size()) {
            parts.add(range.subList(from, range.size()));
        }
        return parts;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
