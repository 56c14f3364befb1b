package dev.shale.lint.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens and comments, the way PostgreSQL's scanner does for the parts a lint
 * needs: quoted identifiers, standard and escape strings, dollar-quoted bodies (so a {@code ;}
 * inside a function body does not end the statement), nested block comments. It never throws: an
 * unterminated construct ends the token list and is returned as an {@link SqlSyntaxError}.
 */
public final class SqlLexer {
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<SqlToken> tokens = new ArrayList<>();
    private final List<SqlComment> comments = new ArrayList<>();
    private SqlSyntaxError error;

    private SqlLexer(String src) {
        this.src = src;
    }

    /** The result of lexing one file. */
    public record Result(List<SqlToken> tokens, List<SqlComment> comments, SqlSyntaxError error) {
        public Result {
            tokens = List.copyOf(tokens);
            comments = List.copyOf(comments);
        }
    }

    public static Result lex(String src) {
        SqlLexer lexer = new SqlLexer(src);
        lexer.run();
        return new Result(lexer.tokens, lexer.comments, lexer.error);
    }

    private void run() {
        while (pos < src.length() && error == null) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline(pos + 1);
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                quoted(pos, '\'', false);
            } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
                quoted(pos, '\'', true);
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '$' && dollarTag() != null) {
                dollarString(dollarTag());
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                symbol();
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private int column(int offset) {
        return offset - lineStart + 1;
    }

    private void newline(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
    }

    private void lineComment() {
        int start = pos;
        int end = src.indexOf('\n', pos);
        if (end < 0) {
            end = src.length();
        }
        comments.add(new SqlComment(src.substring(start + 2, end).strip(), false, start, line, column(start), line));
        pos = end;
    }

    private void blockComment() {
        int start = pos;
        int startLine = line;
        int startColumn = column(start);
        int depth = 0;
        while (pos < src.length()) {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    comments.add(new SqlComment(src.substring(start + 2, pos - 2).strip(), true, start, startLine,
                            startColumn, line));
                    return;
                }
            } else {
                if (src.charAt(pos) == '\n') {
                    newline(pos + 1);
                }
                pos++;
            }
        }
        error = new SqlSyntaxError("unterminated /* comment", start, startLine, startColumn);
    }

    /** '..' with '' doubling; with {@code backslashEscapes} also \' (E'..' strings). */
    private void quoted(int start, char quote, boolean backslashEscapes) {
        int startLine = line;
        int startColumn = column(start);
        pos = start + (backslashEscapes ? 2 : 1);
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\n') {
                newline(pos + 1);
            }
            if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                tokens.add(new SqlToken(SqlToken.Type.STRING, src.substring(start, pos), start, startLine, startColumn));
                return;
            }
            pos++;
        }
        error = new SqlSyntaxError("unterminated string constant", start, startLine, startColumn);
    }

    private void quotedIdentifier() {
        int start = pos;
        int startLine = line;
        int startColumn = column(start);
        StringBuilder name = new StringBuilder();
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline(pos + 1);
            }
            if (c == '"') {
                if (peek(1) == '"') {
                    name.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                tokens.add(new SqlToken(SqlToken.Type.QUOTED_IDENT, name.toString(), start, startLine, startColumn));
                return;
            }
            name.append(c);
            pos++;
        }
        error = new SqlSyntaxError("unterminated quoted identifier", start, startLine, startColumn);
    }

    /** The tag of a dollar quote starting at pos ({@code $$} or {@code $name$}), or null. */
    private String dollarTag() {
        int i = pos + 1;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '$') {
            String tag = src.substring(pos, i + 1);
            // $1 is a parameter, not a dollar quote
            return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
        }
        return null;
    }

    private void dollarString(String tag) {
        int start = pos;
        int startLine = line;
        int startColumn = column(start);
        int end = src.indexOf(tag, pos + tag.length());
        if (end < 0) {
            error = new SqlSyntaxError("unterminated dollar-quoted string " + tag, start, startLine, startColumn);
            return;
        }
        for (int i = pos; i < end; i++) {
            if (src.charAt(i) == '\n') {
                newline(i + 1);
            }
        }
        pos = end + tag.length();
        tokens.add(new SqlToken(SqlToken.Type.STRING, src.substring(start, pos), start, startLine, startColumn));
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == '_')) {
            pos++;
        }
        tokens.add(new SqlToken(SqlToken.Type.NUMBER, src.substring(start, pos), start, line, column(start)));
    }

    private void word() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                || src.charAt(pos) == '$')) {
            pos++;
        }
        tokens.add(new SqlToken(SqlToken.Type.WORD, src.substring(start, pos), start, line, column(start)));
    }

    private void symbol() {
        int start = pos;
        String two = pos + 1 < src.length() ? src.substring(pos, pos + 2) : "";
        if (two.equals("::") || two.equals("<>") || two.equals("!=") || two.equals(">=") || two.equals("<=")
                || two.equals("||") || two.equals("->") || two.equals(":=")) {
            pos += 2;
        } else {
            pos++;
        }
        tokens.add(new SqlToken(SqlToken.Type.SYMBOL, src.substring(start, pos), start, line, column(start)));
    }
}
