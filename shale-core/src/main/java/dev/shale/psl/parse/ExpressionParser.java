package dev.shale.psl.parse;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArgumentList;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.Identifier;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The single-line part of the grammar: attributes, argument lists, expressions, trailing
 * comments. Each method tries one rule at a position and returns the node, setting
 * {@link #end}, or returns {@code null} and leaves no trace (the caller backtracks, as in a PEG).
 * Blanks between tokens are skipped exactly where Prisma's grammar skips them, so spans match
 * Prisma's byte for byte (for instance an attribute without arguments keeps its trailing blanks).
 * Nesting deeper than {@link #MAX_NESTING} fails the rule instead of exhausting the stack.
 */
final class ExpressionParser {
    /** Arrays and calls nested deeper than this are a parse failure (the line is reported as invalid). */
    static final int MAX_NESTING = 128;

    private final Lexer lx;
    private final SourceFile file;
    private final StringLiteralDecoder decoder;

    /** Where the last successful rule ended. */
    int end;
    /** Set when a rule failed because of {@link #MAX_NESTING}; the caller may report it. */
    boolean nestingExceeded;

    ExpressionParser(Lexer lx, SourceFile file, List<Diagnostic> diagnostics) {
        this.lx = lx;
        this.file = file;
        this.decoder = new StringLiteralDecoder(file, diagnostics);
    }

    Span span(int start, int stop) {
        return file.span(start, stop);
    }

    /** {@code "@" path arguments?} or {@code "@@" path arguments? trailing_comment?}. */
    Attribute attribute(int pos, boolean block) {
        String marker = block ? "@@" : "@";
        if (!lx.startsWith(pos, marker)) {
            return null;
        }
        int nameStart = lx.skipBlanks(pos + marker.length());
        int nameEnd = lx.path(nameStart);
        if (nameEnd < 0) {
            return null;
        }
        Identifier name = new Identifier(lx.word(nameStart, nameEnd), file, nameStart, nameEnd);
        int p = lx.skipBlanks(nameEnd);
        ArgumentList arguments = argumentsList(p, 0);
        if (arguments != null) {
            p = end;
        } else {
            arguments = new ArgumentList(List.of(), Optional.empty(), false, file, nameEnd, nameEnd);
        }
        Optional<Comment> trailing = Optional.empty();
        if (block) {
            int q = lx.skipBlanks(p);
            Comment comment = trailingComment(q);
            if (comment != null) {
                trailing = Optional.of(comment);
                p = end;
            } else {
                p = q;
            }
        }
        end = p;
        return new Attribute(name, arguments, block, trailing, file, pos, p);
    }

    /** {@code "(" (argument ("," argument)*)? ","? ")"}. */
    ArgumentList argumentsList(int pos, int depth) {
        if (lx.charAt(pos) != '(' || pos >= lx.length()) {
            return null;
        }
        if (depth >= MAX_NESTING) {
            nestingExceeded = true;
            return null;
        }
        List<Argument> arguments = new ArrayList<>();
        int p = lx.skipBlanks(pos + 1);
        Argument first = argument(p, depth);
        if (first != null) {
            arguments.add(first);
            p = end;
            while (true) {
                int q = lx.skipBlanks(p);
                if (lx.charAt(q) != ',' || q >= lx.length()) {
                    break;
                }
                Argument next = argument(lx.skipBlanks(q + 1), depth);
                if (next == null) {
                    break;
                }
                arguments.add(next);
                p = end;
            }
        }
        p = lx.skipBlanks(p);
        Optional<Span> trailingComma = Optional.empty();
        if (lx.charAt(p) == ',' && p < lx.length()) {
            trailingComma = Optional.of(span(p, p + 1));
            p = lx.skipBlanks(p + 1);
        }
        if (lx.charAt(p) != ')' || p >= lx.length()) {
            return null;
        }
        end = p + 1;
        return new ArgumentList(arguments, trailingComma, true, file, pos, end);
    }

    /** {@code name: expression | name: | expression}, in that order. */
    private Argument argument(int pos, int depth) {
        int nameEnd = lx.identifier(pos);
        if (nameEnd >= 0) {
            int colon = lx.skipBlanks(nameEnd);
            if (lx.charAt(colon) == ':' && colon < lx.length()) {
                Identifier name = new Identifier(lx.word(pos, nameEnd), file, pos, nameEnd);
                Expression value = expression(lx.skipBlanks(colon + 1), depth + 1);
                if (value != null) {
                    return new Argument(Optional.of(name), Optional.of(value), file, pos, end);
                }
                end = colon + 1;
                return new Argument(Optional.of(name), Optional.empty(), file, pos, end);
            }
        }
        Expression value = expression(pos, depth + 1);
        if (value == null) {
            return null;
        }
        return new Argument(Optional.empty(), Optional.of(value), value.span());
    }

    /** {@code function_call | array | numeric | string | path}, in that order (a PEG choice: the first match wins). */
    Expression expression(int pos, int depth) {
        if (depth >= MAX_NESTING) {
            nestingExceeded = true;
            return null;
        }
        int pathEnd = lx.path(pos);
        if (pathEnd >= 0) {
            ArgumentList arguments = argumentsList(lx.skipBlanks(pathEnd), depth + 1);
            if (arguments != null) {
                Identifier name = new Identifier(lx.word(pos, pathEnd), file, pos, pathEnd);
                return new FunctionCall(name, arguments, span(pos, end));
            }
        }
        if (lx.charAt(pos) == '[' && pos < lx.length()) {
            Expression array = array(pos, depth + 1);
            if (array != null) {
                return array;
            }
        }
        int numericEnd = lx.numeric(pos);
        if (numericEnd >= 0) {
            end = numericEnd;
            return new NumericLiteral(lx.word(pos, numericEnd), span(pos, numericEnd));
        }
        int stringEnd = lx.string(pos);
        if (stringEnd >= 0) {
            end = stringEnd;
            String raw = lx.text().substring(pos, stringEnd);
            return new StringLiteral(decoder.decode(raw, pos), raw, span(pos, stringEnd));
        }
        if (pathEnd >= 0) {
            end = pathEnd;
            return new ConstantValue(lx.word(pos, pathEnd), span(pos, pathEnd));
        }
        return null;
    }

    /** {@code "[" (expression ("," expression)*)? "]"}: no trailing comma in arrays. */
    private Expression array(int pos, int depth) {
        List<Expression> elements = new ArrayList<>();
        int p = lx.skipBlanks(pos + 1);
        Expression first = expression(p, depth);
        if (first != null) {
            elements.add(first);
            p = end;
            while (true) {
                int q = lx.skipBlanks(p);
                if (lx.charAt(q) != ',' || q >= lx.length()) {
                    break;
                }
                Expression next = expression(lx.skipBlanks(q + 1), depth);
                if (next == null) {
                    break;
                }
                elements.add(next);
                p = end;
            }
        }
        p = lx.skipBlanks(p);
        if (lx.charAt(p) != ']' || p >= lx.length()) {
            return null;
        }
        end = p + 1;
        return new ArrayExpression(elements, span(pos, end));
    }

    /** {@code ///...}, {@code //...} (to the end of the line) or a block comment. */
    Comment trailingComment(int pos) {
        if (lx.startsWith(pos, "//")) {
            int stop = lx.lineComment(pos);
            end = stop;
            Comment.Kind kind = lx.startsWith(pos, "///") ? Comment.Kind.DOC : Comment.Kind.LINE;
            return new Comment(kind, lx.text().substring(pos, stop), span(pos, stop));
        }
        int stop = lx.blockComment(pos);
        if (stop < 0) {
            return null;
        }
        end = stop;
        return new Comment(Comment.Kind.BLOCK, lx.text().substring(pos, stop), span(pos, stop));
    }
}
