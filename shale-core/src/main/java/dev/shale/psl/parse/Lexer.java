package dev.shale.psl.parse;

/**
 * The character-level scanner of the schema language: each method recognises one token kind
 * at a position and returns where it ends, or {@code -1} when the token is not there. The
 * parser is scannerless (like Prisma's PEG grammar), so these methods are its tokens.
 * Everything is linear: no method looks further than the token it recognises, except the
 * block-comment scan, which is bounded by a precomputed last {@code *}{@code /}.
 */
public final class Lexer {
    private final String text;
    private final int length;
    private final int lastBlockCommentEnd; // index of the last "*/", or -1
    private final Words words;

    public Lexer(String text) {
        this.text = text;
        this.words = new Words(text);
        this.length = text.length();
        this.lastBlockCommentEnd = text.lastIndexOf("*/");
    }

    public String text() {
        return text;
    }

    /** The word from {@code start} to {@code end} (a name, type, constant), one shared String per distinct word. */
    public String word(int start, int end) {
        return words.get(start, end);
    }

    public int length() {
        return length;
    }

    public boolean atEnd(int pos) {
        return pos >= length;
    }

    public char charAt(int pos) {
        return pos < length ? text.charAt(pos) : '\0';
    }

    public boolean startsWith(int pos, String token) {
        return text.startsWith(token, pos);
    }

    /** Blank in the grammar's sense: a space separator (Unicode Zs) or a tab; never a line break. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** Skips blanks (the grammar's implicit whitespace between tokens). */
    public int skipBlanks(int pos) {
        while (pos < length && isBlank(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The length of the line break at {@code pos} ({@code \r\n}, {@code \n} or {@code \r}), 0 if none. */
    public int newlineLength(int pos) {
        if (pos >= length) {
            return 0;
        }
        char c = text.charAt(pos);
        if (c == '\n') {
            return 1;
        }
        if (c == '\r') {
            return pos + 1 < length && text.charAt(pos + 1) == '\n' ? 2 : 1;
        }
        return 0;
    }

    /** The end of the line's content: the position of the next line break or the end of text. */
    public int lineContentEnd(int pos) {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                return pos;
            }
            pos++;
        }
        return pos;
    }

    /** A letter (any Unicode letter) or an ASCII digit: what identifiers are made of. */
    private boolean isIdentifierStartAt(int pos) {
        char c = text.charAt(pos);
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetter(text.codePointAt(pos));
    }

    private int codePointWidth(int pos) {
        return Character.isHighSurrogate(text.charAt(pos)) && pos + 1 < length ? 2 : 1;
    }

    /** {@code identifier = (letter | digit) (letter | digit | _ | -)*}; returns the end or -1. */
    public int identifier(int pos) {
        if (pos >= length || !isIdentifierStartAt(pos)) {
            return -1;
        }
        pos += codePointWidth(pos);
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '_' || c == '-' || isIdentifierStartAt(pos)) {
                pos += c == '_' || c == '-' ? 1 : codePointWidth(pos);
            } else {
                break;
            }
        }
        return pos;
    }

    /** {@code path = identifier ("." path?)*}: dotted names such as {@code db.VarChar}; returns the end or -1. */
    public int path(int pos) {
        int end = identifier(pos);
        if (end < 0) {
            return -1;
        }
        while (end < length && text.charAt(end) == '.') {
            end++;
            int next = identifier(end);
            if (next >= 0) {
                end = next;
            }
        }
        return end;
    }

    /** {@code -?digits(.digits)?}; returns the end or -1. */
    public int numeric(int pos) {
        int p = pos;
        if (p < length && text.charAt(p) == '-') {
            p++;
        }
        int digits = digits(p);
        if (digits == p) {
            return -1;
        }
        p = digits;
        if (p < length && text.charAt(p) == '.') {
            int fraction = digits(p + 1);
            if (fraction > p + 1) {
                p = fraction;
            }
        }
        return p;
    }

    private int digits(int pos) {
        while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }

    /**
     * A string literal as JSON writes it: a backslash escapes any one character, control
     * characters (U+0000 to U+001F, including tabs and line breaks) end the literal unclosed.
     * Returns the end (after the closing quote) or -1.
     */
    public int string(int pos) {
        if (pos >= length || text.charAt(pos) != '"') {
            return -1;
        }
        int p = pos + 1;
        while (p < length) {
            char c = text.charAt(p);
            if (c == '"') {
                return p + 1;
            }
            if (c == '\\') {
                if (p + 1 >= length) {
                    return -1;
                }
                p += 1 + codePointWidth(p + 1);
            } else if (c < 0x20) {
                return -1;
            } else {
                p++;
            }
        }
        return -1;
    }

    /** A block comment starting with {@code /*} at {@code pos}; returns the end after {@code *}{@code /} or -1. */
    public int blockComment(int pos) {
        if (!startsWith(pos, "/*") || lastBlockCommentEnd < pos + 2) {
            return -1;
        }
        int close = text.indexOf("*/", pos + 2);
        return close < 0 ? -1 : close + 2;
    }

    /**
     * A line or doc comment at {@code pos} ({@code //...} or {@code ///...}) up to the line
     * break; returns the end or -1.
     */
    public int lineComment(int pos) {
        if (!startsWith(pos, "//")) {
            return -1;
        }
        return lineContentEnd(pos + 2);
    }
}
