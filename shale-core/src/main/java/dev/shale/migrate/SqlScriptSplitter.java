package dev.shale.migrate;

import dev.shale.db.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a migration script into statements at the semicolons that end them, the way each database's
 * own client reads the script: not inside strings ({@code '...'}, PostgreSQL {@code E'...'}, MySQL
 * {@code "..."} and backslash escapes), quoted identifiers, comments ({@code --}, MySQL {@code #},
 * PostgreSQL's nested block comments), PostgreSQL dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}),
 * parentheses, nor the {@code BEGIN ... END} body of a trigger, function, procedure or event (SQLite and
 * MySQL triggers, MySQL routines, PostgreSQL {@code BEGIN ATOMIC}). Statements that hold only comments
 * are dropped.
 */
public final class SqlScriptSplitter {
    private static final Set<String> ROUTINE_KINDS = Set.of("TRIGGER", "FUNCTION", "PROCEDURE", "EVENT");
    private static final Set<String> BODY_CLOSERS = Set.of("IF", "CASE", "LOOP", "WHILE", "REPEAT");

    private final String s;
    private final DatabaseKind kind;
    private final List<SqlStatement> out = new ArrayList<>();
    private int i;
    private int line = 1;
    // The statement being read.
    private int start = -1;
    private int startLine;
    private int parens;
    private int blocks;
    private int words;
    private boolean create;
    private boolean routine;
    private boolean routineDecided;
    private boolean afterEnd;
    private String lastWord = "";

    private SqlScriptSplitter(String script, DatabaseKind kind) {
        this.s = script;
        this.kind = kind;
    }

    /** The statements of {@code script} in order, for the given database's SQL. */
    public static List<SqlStatement> split(String script, DatabaseKind kind) {
        SqlScriptSplitter splitter = new SqlScriptSplitter(script, kind);
        splitter.run();
        return List.copyOf(splitter.out);
    }

    private void run() {
        if (s.startsWith("\uFEFF")) {
            i = 1;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && peek(1) == '-' && (kind != DatabaseKind.MYSQL || isMysqlDashComment())) {
                skipToEndOfLine();
            } else if (c == '#' && kind == DatabaseKind.MYSQL) {
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                boolean executable = kind == DatabaseKind.MYSQL && (peek(2) == '!' || peek(2) == '+');
                if (executable) {
                    begin();
                }
                skipBlockComment();
            } else if (c == ';' && parens == 0 && blocks == 0) {
                end(i);
                i++;
            } else {
                begin();
                token(c);
            }
        }
        end(s.length());
    }

    private void token(char c) {
        switch (c) {
            case '\'' -> skipQuoted('\'', kind == DatabaseKind.MYSQL || isPostgresEscapeString());
            case '"' -> skipQuoted('"', kind == DatabaseKind.MYSQL);
            case '`' -> skipQuoted('`', false);
            case '[' -> {
                if (kind == DatabaseKind.SQLITE) {
                    skipUntil(']');
                } else {
                    i++;
                }
            }
            case '(' -> {
                parens++;
                decideRoutine();
                i++;
            }
            case ')' -> {
                parens = Math.max(0, parens - 1);
                i++;
            }
            case '$' -> {
                if (kind == DatabaseKind.POSTGRESQL && !isIdentifierChar(before()) && skipDollarQuoted()) {
                    return;
                }
                i++;
            }
            default -> {
                if (isWordStart(c) && !isIdentifierChar(before())) {
                    word();
                } else {
                    i++;
                }
            }
        }
    }

    private void word() {
        int from = i;
        while (i < s.length() && isIdentifierChar(s.charAt(i))) {
            i++;
        }
        String w = s.substring(from, i).toUpperCase(Locale.ROOT);
        lastWord = w;
        words++;
        if (words == 1) {
            create = w.equals("CREATE");
        } else if (create && !routineDecided && ROUTINE_KINDS.contains(w)) {
            routine = true;
            routineDecided = true;
        }
        if (!routine) {
            return;
        }
        boolean closesConstruct = afterEnd && BODY_CLOSERS.contains(w);
        afterEnd = false;
        if (closesConstruct) {
            return;
        }
        switch (w) {
            case "BEGIN", "CASE" -> blocks++;
            case "END" -> {
                blocks = Math.max(0, blocks - 1);
                afterEnd = true;
            }
            case "IF" -> {
                if (blocks > 0 && opensIfBlock()) {
                    blocks++;
                }
            }
            case "LOOP", "WHILE", "REPEAT" -> {
                if (blocks > 0) {
                    blocks++;
                }
            }
            default -> { }
        }
    }

    /** {@code IF cond THEN} opens a block; {@code IF(...)}, {@code IF EXISTS} and {@code IF NOT EXISTS} do not. */
    private boolean opensIfBlock() {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '(') {
            return false;
        }
        String rest = s.substring(j, Math.min(s.length(), j + 7)).toUpperCase(Locale.ROOT);
        return !(rest.startsWith("EXISTS") || rest.startsWith("NOT ") || rest.startsWith("NOT\t") || rest.startsWith("NOT\n"));
    }

    /**
     * The routine keyword must come before the first parenthesis: {@code CREATE TABLE t (function int)} is
     * no routine; MySQL's {@code DEFINER = CURRENT_USER()} is the one parenthesis allowed before it.
     */
    private void decideRoutine() {
        if (!lastWord.equals("CURRENT_USER")) {
            routineDecided = true;
        }
    }

    private void begin() {
        if (start < 0) {
            start = i;
            startLine = line;
        }
    }

    private void end(int at) {
        if (start >= 0) {
            String sql = s.substring(start, at).stripTrailing();
            if (!sql.isEmpty()) {
                out.add(new SqlStatement(sql, startLine));
            }
        }
        start = -1;
        parens = 0;
        blocks = 0;
        words = 0;
        create = false;
        routine = false;
        routineDecided = false;
        afterEnd = false;
        lastWord = "";
    }

    private boolean isMysqlDashComment() {
        char next = peek(2);
        return next == 0 || Character.isWhitespace(next) || Character.isISOControl(next);
    }

    private boolean isPostgresEscapeString() {
        if (kind != DatabaseKind.POSTGRESQL || i == 0) {
            return false;
        }
        char prev = s.charAt(i - 1);
        return (prev == 'E' || prev == 'e') && !isIdentifierChar(i >= 2 ? s.charAt(i - 2) : 0);
    }

    private void skipToEndOfLine() {
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && peek(1) == '*') {
                // Only PostgreSQL nests block comments.
                depth = kind == DatabaseKind.POSTGRESQL ? depth + 1 : 1;
                i += 2;
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (backslashEscapes && c == '\\' && i + 1 < s.length()) {
                if (s.charAt(i + 1) == '\n') {
                    line++;
                }
                i += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    i += 2;
                } else {
                    i++;
                    return;
                }
            } else {
                i++;
            }
        }
    }

    private void skipUntil(char close) {
        while (i < s.length() && s.charAt(i) != close) {
            if (s.charAt(i) == '\n') {
                line++;
            }
            i++;
        }
        i++;
    }

    /** Skips {@code $tag$ ... $tag$} and returns true, or returns false when {@code $} starts no dollar quote. */
    private boolean skipDollarQuoted() {
        int j = i + 1;
        if (j < s.length() && isWordStart(s.charAt(j))) {
            while (j < s.length() && isIdentifierChar(s.charAt(j)) && s.charAt(j) != '$') {
                j++;
            }
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return false;
        }
        String tag = s.substring(i, j + 1);
        int close = s.indexOf(tag, j + 1);
        int endAt = close < 0 ? s.length() : close + tag.length();
        for (int k = i; k < endAt; k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        i = endAt;
        return true;
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < s.length() ? s.charAt(j) : 0;
    }

    private char before() {
        return i > 0 ? s.charAt(i - 1) : 0;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierChar(char c) {
        return c != 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }
}
