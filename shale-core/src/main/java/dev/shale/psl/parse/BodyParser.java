package dev.shale.psl.parse;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.BlankLines;
import dev.shale.psl.ast.BodyItem;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FieldType;
import dev.shale.psl.ast.Identifier;
import dev.shale.psl.ast.InvalidLine;
import dev.shale.psl.ast.Property;
import dev.shale.psl.ast.TypeSyntax;
import dev.shale.psl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The bodies of blocks: fields, enum values, properties, block attributes, comments, blank
 * lines and unrecognised lines, each a whole line (a block comment may span lines). A body scan
 * that runs off the end of the file without a closing brace is remembered per start position,
 * so a file full of unclosed blocks still parses in linear time.
 */
final class BodyParser {
    /** What a body may contain. */
    enum Kind { MODEL, ENUM, CONFIG }

    /** A parsed body: its items and where the closing brace is. */
    record Body(List<BodyItem> items, int closeBrace) {}

    private final Lexer lx;
    private final SourceFile file;
    private final ExpressionParser expressions;
    private final List<Diagnostic> diagnostics;
    private final BitSet[] unclosedFrom = new BitSet[Kind.values().length];
    private final StringLiteralDecoder decoder;
    /** Where the last successful item ended. */
    private int end;

    BodyParser(Lexer lx, SourceFile file, ExpressionParser expressions, List<Diagnostic> diagnostics) {
        this.lx = lx;
        this.file = file;
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.decoder = new StringLiteralDecoder(file, diagnostics);
    }

    /**
     * Parses a body from {@code pos} (the line after the opening brace) to its closing brace;
     * {@code null} when there is none. Item diagnostics are added to the shared list (the caller
     * truncates them if the block is abandoned). {@code owner} names the block in messages.
     */
    Body body(Kind kind, int pos, BlockContext owner) {
        BitSet unclosed = unclosedFrom[kind.ordinal()];
        List<BodyItem> items = new ArrayList<>();
        int[] visited = new int[16]; // the offsets of the items tried, to remember if the block turns out unclosed
        int visitedCount = 0;
        int p = lx.skipBlanks(pos);
        while (true) {
            if (unclosed != null && unclosed.get(p)) {
                markUnclosed(kind, visited, visitedCount);
                return null;
            }
            if (visitedCount == visited.length) {
                visited = java.util.Arrays.copyOf(visited, visitedCount * 2);
            }
            visited[visitedCount++] = p;
            if (lx.charAt(p) == '}' && !lx.atEnd(p)) {
                return new Body(items, p);
            }
            BodyItem item = item(kind, p, owner);
            if (item == null) {
                markUnclosed(kind, visited, visitedCount);
                return null;
            }
            items.add(item);
            p = lx.skipBlanks(end);
        }
    }

    private void markUnclosed(Kind kind, int[] visited, int count) {
        BitSet set = unclosedFrom[kind.ordinal()];
        if (set == null) {
            set = new BitSet(lx.length() + 1);
            unclosedFrom[kind.ordinal()] = set;
        }
        for (int i = 0; i < count; i++) {
            set.set(visited[i]);
        }
    }

    private BodyItem item(Kind kind, int p, BlockContext owner) {
        int saved = diagnostics.size();
        BodyItem declaration = switch (kind) {
            case MODEL -> field(p, owner);
            case ENUM -> enumValue(p, owner);
            case CONFIG -> property(p, owner);
        };
        if (declaration != null) {
            return declaration;
        }
        truncate(saved);
        if (kind != Kind.CONFIG) {
            Attribute attribute = expressions.attribute(p, true);
            if (attribute != null) {
                int nl = lx.newlineLength(lx.skipBlanks(expressions.end));
                if (nl > 0) {
                    end = lx.skipBlanks(expressions.end) + nl;
                    owner.blockAttribute(attribute);
                    return attribute;
                }
            }
            truncate(saved);
        }
        CommentBlock comments = commentBlock(p);
        if (comments != null) {
            owner.commentBlock(comments);
            return comments;
        }
        BlankLines blank = blankLines(p);
        if (blank != null) {
            return blank;
        }
        int contentEnd = lx.lineContentEnd(p);
        if (contentEnd == p) {
            return null; // end of file
        }
        end = contentEnd + lx.newlineLength(contentEnd);
        InvalidLine line = new InvalidLine(lx.text().substring(p, end), file.span(p, end));
        owner.invalidLine(line);
        return line;
    }

    private void truncate(int size) {
        while (diagnostics.size() > size) {
            diagnostics.remove(diagnostics.size() - 1);
        }
    }

    /** {@code identifier ":"? field_type? field_attribute* trailing_comment? NEWLINE}. */
    private Field field(int pos, BlockContext owner) {
        int nameEnd = lx.identifier(pos);
        if (nameEnd < 0) {
            return null;
        }
        int before = diagnostics.size();
        Identifier name = new Identifier(lx.word(pos, nameEnd), file, pos, nameEnd);
        int p = lx.skipBlanks(nameEnd);
        Span colon = null;
        if (lx.charAt(p) == ':' && !lx.atEnd(p)) {
            colon = file.span(p, p + 1);
            p = lx.skipBlanks(p + 1);
        }
        FieldType type = fieldType(p);
        if (type != null) {
            p = lx.skipBlanks(type.span().end());
        }
        List<Attribute> attributes = new ArrayList<>();
        Attribute attribute;
        while ((attribute = expressions.attribute(p, false)) != null) {
            attributes.add(attribute);
            p = lx.skipBlanks(expressions.end);
        }
        Comment trailing = expressions.trailingComment(p);
        if (trailing != null) {
            p = lx.skipBlanks(expressions.end);
        }
        int nl = lx.newlineLength(p);
        if (nl == 0) {
            return null;
        }
        end = p + nl;
        Optional<String> documentation = owner.takeDocumentation(trailing);
        Field field = new Field(name, Optional.ofNullable(type), attributes, documentation,
                Optional.ofNullable(trailing), colon != null, file.span(pos, end));
        if (colon != null) {
            truncate(before);
            diagnostics.add(Diagnostic.error("Field declarations don't require a `:`.", colon));
        } else if (type != null && !type.syntax().valid()) {
            truncate(before);
            diagnostics.add(Diagnostic.error(legacyTypeMessage(type.syntax()), type.span()));
        } else if (type == null) {
            diagnostics.add(Diagnostic.error(owner.validationPrefix()
                    + "This field declaration is invalid. It is either missing a name or a type.", field.span()));
        }
        owner.field(field);
        return field;
    }

    private static String legacyTypeMessage(TypeSyntax syntax) {
        return switch (syntax) {
            case LEGACY_REQUIRED -> "Fields are required by default, `!` is no longer required.";
            case LEGACY_LIST -> "To specify a list, please use `Type[]` instead of `[Type]`.";
            default -> "Optional lists are not supported. Use either `Type[]` or `Type?`.";
        };
    }

    /** The field type alternatives, tried in the grammar's order (the longest forms first). */
    private FieldType fieldType(int pos) {
        int baseEnd = baseType(pos);
        if (baseEnd >= 0) {
            int p = lx.skipBlanks(baseEnd);
            if (lx.startsWith(p, "[]")) {
                int q = lx.skipBlanks(p + 2);
                if (lx.charAt(q) == '?' && !lx.atEnd(q)) {
                    return type(pos, baseEnd, pos, q + 1, TypeSyntax.OPTIONAL_LIST, Arity.LIST);
                }
                return type(pos, baseEnd, pos, p + 2, TypeSyntax.LIST, Arity.LIST);
            }
            if (lx.charAt(p) == '?' && !lx.atEnd(p)) {
                return type(pos, baseEnd, pos, p + 1, TypeSyntax.OPTIONAL, Arity.OPTIONAL);
            }
            if (lx.charAt(p) == '!' && !lx.atEnd(p)) {
                return type(pos, baseEnd, pos, p + 1, TypeSyntax.LEGACY_REQUIRED, Arity.REQUIRED);
            }
        }
        if (lx.charAt(pos) == '[' && !lx.atEnd(pos)) {
            int baseStart = lx.skipBlanks(pos + 1);
            int innerEnd = baseType(baseStart);
            if (innerEnd >= 0) {
                int close = lx.skipBlanks(innerEnd);
                if (lx.charAt(close) == ']' && !lx.atEnd(close)) {
                    return type(baseStart, innerEnd, pos, close + 1, TypeSyntax.LEGACY_LIST, Arity.LIST);
                }
            }
        }
        return baseEnd >= 0 ? type(pos, baseEnd, pos, baseEnd, TypeSyntax.PLAIN, Arity.REQUIRED) : null;
    }

    /** {@code Unsupported("...") | identifier}; returns the end or -1. */
    private int baseType(int pos) {
        if (lx.startsWith(pos, "Unsupported(")) {
            int stringStart = lx.skipBlanks(pos + "Unsupported(".length());
            int stringEnd = lx.string(stringStart);
            if (stringEnd >= 0) {
                int close = lx.skipBlanks(stringEnd);
                if (lx.charAt(close) == ')' && !lx.atEnd(close)) {
                    return close + 1;
                }
            }
        }
        return lx.identifier(pos);
    }

    private FieldType type(int baseStart, int baseEnd, int start, int stop, TypeSyntax syntax, Arity arity) {
        String baseText = lx.word(baseStart, baseEnd);
        boolean unsupported = baseText.startsWith("Unsupported(") && baseText.endsWith(")") && baseText.length() > 12
                && lx.identifier(baseStart) == baseStart + "Unsupported".length();
        String name = baseText;
        if (unsupported) {
            int stringStart = lx.skipBlanks(baseStart + "Unsupported(".length());
            int stringEnd = lx.string(stringStart);
            String raw = lx.text().substring(stringStart, stringEnd);
            // Prisma decodes (and reports bad escapes in) the string only for the accepted forms.
            name = syntax.valid() ? decoder.decode(raw, stringStart) : raw.substring(1, raw.length() - 1);
        }
        return new FieldType(name, unsupported, arity, syntax, baseText, file, baseStart, baseEnd, start, stop);
    }

    /** {@code identifier field_attribute* trailing_comment? NEWLINE}. */
    private EnumValue enumValue(int pos, BlockContext owner) {
        int nameEnd = lx.identifier(pos);
        if (nameEnd < 0) {
            return null;
        }
        int p = lx.skipBlanks(nameEnd);
        List<Attribute> attributes = new ArrayList<>();
        Attribute attribute;
        while ((attribute = expressions.attribute(p, false)) != null) {
            attributes.add(attribute);
            p = lx.skipBlanks(expressions.end);
        }
        Comment trailing = expressions.trailingComment(p);
        if (trailing != null) {
            p = lx.skipBlanks(expressions.end);
        }
        int nl = lx.newlineLength(p);
        if (nl == 0) {
            return null;
        }
        end = p + nl;
        Identifier name = new Identifier(lx.word(pos, nameEnd), file, pos, nameEnd);
        EnumValue value = new EnumValue(name, attributes, owner.takeDocumentation(trailing),
                Optional.ofNullable(trailing), file.span(pos, end));
        owner.enumValue(value);
        return value;
    }

    /** {@code identifier "=" expression? trailing_comment?} followed by a line break. */
    private Property property(int pos, BlockContext owner) {
        int nameEnd = lx.identifier(pos);
        if (nameEnd < 0) {
            return null;
        }
        int p = lx.skipBlanks(nameEnd);
        if (lx.charAt(p) != '=' || lx.atEnd(p)) {
            return null;
        }
        p = lx.skipBlanks(p + 1);
        Expression value = expressions.expression(p, 0);
        if (value != null) {
            p = lx.skipBlanks(expressions.end);
        }
        int spanEnd = p;
        Comment trailing = expressions.trailingComment(p);
        if (trailing != null) {
            spanEnd = expressions.end;
            p = lx.skipBlanks(expressions.end);
        }
        int nl = lx.newlineLength(p);
        if (nl == 0) {
            return null;
        }
        end = p + nl;
        Identifier name = new Identifier(lx.word(pos, nameEnd), file, pos, nameEnd);
        Property property = new Property(name, Optional.ofNullable(value), Optional.ofNullable(trailing), file.span(pos, spanEnd));
        owner.property(property);
        return property;
    }

    /** Consecutive comments, each optionally followed by one line break; {@code null} if none at {@code pos}. */
    CommentBlock commentBlock(int pos) {
        List<Comment> comments = new ArrayList<>();
        int p = pos;
        while (true) {
            int start = lx.skipBlanks(p);
            Comment comment = expressions.trailingComment(start);
            if (comment == null) {
                break;
            }
            comments.add(comment);
            p = expressions.end + lx.newlineLength(expressions.end);
        }
        if (comments.isEmpty()) {
            return null;
        }
        end = p;
        return new CommentBlock(comments, file.span(pos, p));
    }

    /** One or more lines of only blanks; {@code null} if the line at {@code pos} has content. */
    BlankLines blankLines(int pos) {
        int p = pos;
        while (true) {
            int q = lx.skipBlanks(p);
            int nl = lx.newlineLength(q);
            if (nl == 0) {
                break;
            }
            p = q + nl;
        }
        if (p == pos) {
            return null;
        }
        end = p;
        return new BlankLines(file.span(pos, p));
    }

    int end() {
        return end;
    }
}
