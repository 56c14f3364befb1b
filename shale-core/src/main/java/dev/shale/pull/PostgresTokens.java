package dev.shale.pull;

import java.util.ArrayList;
import java.util.List;

/** The tokens of a PostgreSQL default expression, as Prisma's introspection splits them. */
final class PostgresTokens {
    private PostgresTokens() {}

    enum Kind {
        COMMA, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, OPEN_CURLY, CLOSE_CURLY, MINUS, DOT, CAST,
        QUOTED_IDENTIFIER, STRING, C_STRING, DIGITS, IDENTIFIER, UNTERMINATED_STRING, WHITESPACE, UNKNOWN
    }

    record Token(Kind kind, int start) {}

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            switch (c) {
                case ',' -> { out.add(new Token(Kind.COMMA, start)); i++; }
                case '(' -> { out.add(new Token(Kind.OPEN_PAREN, start)); i++; }
                case ')' -> { out.add(new Token(Kind.CLOSE_PAREN, start)); i++; }
                case '[' -> { out.add(new Token(Kind.OPEN_BRACKET, start)); i++; }
                case ']' -> { out.add(new Token(Kind.CLOSE_BRACKET, start)); i++; }
                case '-' -> { out.add(new Token(Kind.MINUS, start)); i++; }
                case '.' -> { out.add(new Token(Kind.DOT, start)); i++; }
                case '{' -> { out.add(new Token(Kind.OPEN_CURLY, start)); i++; }
                case '}' -> { out.add(new Token(Kind.CLOSE_CURLY, start)); i++; }
                case ':' -> {
                    if (i + 1 < n && s.charAt(i + 1) == ':') {
                        out.add(new Token(Kind.CAST, start));
                        i += 2;
                    } else {
                        out.add(new Token(Kind.UNKNOWN, start));
                        return out;
                    }
                }
                case '\'' -> {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        if (s.charAt(i) == '\'') {
                            if (i + 1 < n && s.charAt(i + 1) == '\'') {
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        i++;
                    }
                    if (!closed) {
                        out.add(new Token(Kind.UNTERMINATED_STRING, start));
                        return out;
                    }
                    out.add(new Token(Kind.STRING, start));
                }
                case '"' -> {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char d = s.charAt(i++);
                        if (d == '"') {
                            closed = true;
                            break;
                        }
                        if (d == '\\') {
                            i++;
                        }
                    }
                    if (!closed) {
                        out.add(new Token(Kind.UNTERMINATED_STRING, start));
                        return out;
                    }
                    out.add(new Token(Kind.QUOTED_IDENTIFIER, start));
                }
                default -> i = other(s, i, out);
            }
        }
        return out;
    }

    private static int other(String s, int i, List<Token> out) {
        int n = s.length();
        char c = s.charAt(i);
        int start = i;
        if (c >= '0' && c <= '9') {
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            out.add(new Token(Kind.DIGITS, start));
            return i;
        }
        if ((c == 'E' || c == 'e') && i + 1 < n && s.charAt(i + 1) == '\'') {
            i += 2;
            while (true) {
                if (i >= n) {
                    out.add(new Token(Kind.UNTERMINATED_STRING, start));
                    return n;
                }
                char d = s.charAt(i++);
                if (d == '\\') {
                    if (i >= n) {
                        out.add(new Token(Kind.UNTERMINATED_STRING, start));
                        return n;
                    }
                    i++;
                } else if (d == '\'') {
                    out.add(new Token(Kind.C_STRING, start));
                    return i;
                }
            }
        }
        if (isWhitespace(c)) {
            while (i < n && isWhitespace(s.charAt(i))) {
                i++;
            }
            out.add(new Token(Kind.WHITESPACE, start));
            return i;
        }
        if (isAsciiLetter(c)) {
            i++;
            while (i < n && (isAsciiLetter(s.charAt(i)) || Character.isDigit(s.charAt(i)) && s.charAt(i) < 128
                    || s.charAt(i) == '_' || s.charAt(i) == '-')) {
                i++;
            }
            out.add(new Token(Kind.IDENTIFIER, start));
            return i;
        }
        out.add(new Token(Kind.UNKNOWN, start));
        return i + Character.charCount(s.codePointAt(i));
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The content of an {@code E'...'} literal with its backslash escapes resolved. */
    static String unescapeCStyle(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'v' -> out.append('\u0011');
                case 'f' -> out.append('\u0012');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u', 'U' -> {
                    int len = n == 'u' ? 4 : 8;
                    if (i + len < body.length()) {
                        String hex = body.substring(i + 1, i + 1 + len);
                        try {
                            out.appendCodePoint(Integer.parseInt(hex, 16));
                            i += len;
                        } catch (IllegalArgumentException e) {
                            out.append(n);
                        }
                    } else {
                        out.append(n);
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
