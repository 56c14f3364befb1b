package dev.shale.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration file read as statements. Splitting follows PostgreSQL: a {@code ;} outside strings,
 * dollar-quoted bodies and comments ends a statement, except inside {@code BEGIN ATOMIC ... END}
 * function bodies. A lexer fault (an unterminated string) keeps the statements before it and is
 * kept in {@link #syntaxError()} so the linter can say where checking stopped.
 */
public record SqlScript(String source, List<SqlStatement> statements, List<SqlComment> comments,
        SqlSyntaxError syntaxError) {

    /** The comment that tells the runner to apply a migration outside a transaction. */
    public static final String NO_TRANSACTION_DIRECTIVE = "shale:no-transaction";

    public SqlScript {
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
    }

    public static SqlScript parse(String source) {
        SqlLexer.Result lexed = SqlLexer.lex(source);
        List<SqlToken> tokens = lexed.tokens();
        List<SqlComment> comments = lexed.comments();
        List<SqlStatement> statements = new ArrayList<>();
        int commentIndex = 0;
        int start = 0;
        int atomicDepth = 0;
        int previousEndOffset = -1;
        int previousEndLine = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean atEnd = i == tokens.size();
            SqlToken t = atEnd ? null : tokens.get(i);
            if (!atEnd) {
                if (t.isWord("ATOMIC") && i > 0 && tokens.get(i - 1).isWord("BEGIN")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && t.isWord("CASE")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && t.isWord("END")) {
                    atomicDepth--;
                }
            }
            boolean ends = atEnd || (t.isSymbol(";") && atomicDepth == 0);
            if (!ends) {
                continue;
            }
            List<SqlToken> body = tokens.subList(start, i);
            int endOffset = atEnd ? source.length() : t.offset();
            if (!body.isEmpty()) {
                int firstOffset = body.get(0).offset();
                List<SqlComment> leading = new ArrayList<>();
                List<SqlComment> trailing = new ArrayList<>();
                // comments up to the statement start belong to it, except those on the previous statement's last line
                while (commentIndex < comments.size() && comments.get(commentIndex).offset() < firstOffset) {
                    SqlComment c = comments.get(commentIndex++);
                    if (c.offset() > previousEndOffset && c.line() == previousEndLine && !statements.isEmpty()) {
                        statements.set(statements.size() - 1, withTrailing(statements.get(statements.size() - 1), c));
                    } else {
                        leading.add(c);
                    }
                }
                while (commentIndex < comments.size() && comments.get(commentIndex).offset() < endOffset) {
                    trailing.add(comments.get(commentIndex++));
                }
                int lastLine = atEnd ? body.get(body.size() - 1).line() : t.line();
                String text = source.substring(firstOffset, atEnd ? end(body) : endOffset);
                statements.add(new SqlStatement(statements.size(), body, leading, trailing, text,
                        StatementClassifier.classify(body, source)));
                previousEndLine = lastLine;
            } else if (!atEnd) {
                previousEndLine = t.line();
            }
            previousEndOffset = endOffset;
            start = i + 1;
        }
        // comments after the last statement on its line trail it
        while (commentIndex < comments.size()) {
            SqlComment c = comments.get(commentIndex++);
            if (c.line() == previousEndLine && !statements.isEmpty()) {
                statements.set(statements.size() - 1, withTrailing(statements.get(statements.size() - 1), c));
            }
        }
        return new SqlScript(source, statements, comments, lexed.error());
    }

    private static int end(List<SqlToken> body) {
        SqlToken last = body.get(body.size() - 1);
        return last.offset() + (last.type() == SqlToken.Type.QUOTED_IDENT ? last.text().length() + 2 : last.text().length());
    }

    private static SqlStatement withTrailing(SqlStatement s, SqlComment c) {
        List<SqlComment> trailing = new ArrayList<>(s.trailingComments());
        trailing.add(c);
        return new SqlStatement(s.index(), s.tokens(), s.leadingComments(), trailing, s.text(), s.parsed());
    }

    /** True when a comment says {@code -- shale:no-transaction}: the runner applies the file statement by statement. */
    public boolean runsOutsideTransaction() {
        return comments.stream().anyMatch(c -> c.body().toLowerCase(Locale.ROOT).startsWith(NO_TRANSACTION_DIRECTIVE));
    }
}
