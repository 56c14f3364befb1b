package dev.shale.psl.parse;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import dev.shale.psl.ast.BlankLines;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.BodyItem;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.CompositeTypeBlock;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.ast.Identifier;
import dev.shale.psl.ast.InvalidBlock;
import dev.shale.psl.ast.InvalidLine;
import dev.shale.psl.ast.ModelBlock;
import dev.shale.psl.ast.SchemaAst;
import dev.shale.psl.ast.TopItem;
import dev.shale.psl.ast.TypeAlias;
import dev.shale.psl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written parser of the Prisma schema language. It follows Prisma's PEG grammar rule
 * for rule (the same alternatives in the same order, blanks skipped in the same places), so it
 * accepts, rejects and reports exactly what Prisma does, with Prisma's messages. It never stops
 * at the first error: a line it cannot read becomes an {@link InvalidLine} with a diagnostic and
 * parsing goes on. It never throws on bad input, runs in time linear in the input and bounds
 * its recursion depth.
 */
public final class Parser {
    static final String INVALID_TOP_LINE =
            "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.";
    static final String INVALID_BLOCK = "Error validating: This block is invalid. It does not start with any known "
            + "Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.";
    static final String INVALID_TYPE_ALIAS =
            "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types";

    private final SourceFile file;
    private final Lexer lx;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final ExpressionParser expressions;
    private final BodyParser bodies;
    private final int lastCloseBrace;
    private int end;

    private Parser(SourceFile file) {
        this.file = file;
        this.lx = new Lexer(file.text());
        this.expressions = new ExpressionParser(lx, file, diagnostics);
        this.bodies = new BodyParser(lx, file, expressions, diagnostics);
        this.lastCloseBrace = file.text().lastIndexOf('}');
    }

    /** The result of parsing one file: its syntax tree and the parse diagnostics in source order. */
    public record Result(SchemaAst ast, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Parses one file. Never throws on any input. */
    public static Result parse(SourceFile file) {
        Parser parser = new Parser(file);
        SchemaAst ast = parser.schema();
        return new Result(ast, parser.diagnostics);
    }

    private SchemaAst schema() {
        List<TopItem> items = new ArrayList<>();
        // Prisma keeps a comment block as pending documentation when a block follows it directly;
        // models, views, types and enums take it, datasources and generators leave it pending.
        CommentBlock pendingDoc = null;
        TopItem previous = null;
        int p = lx.skipBlanks(0);
        while (!lx.atEnd(p)) {
            CommentBlock candidate = previous instanceof CommentBlock comments ? comments : pendingDoc;
            TopItem item = topItem(p, candidate);
            if (item instanceof ModelBlock || item instanceof EnumBlock || item instanceof CompositeTypeBlock) {
                pendingDoc = null;
            } else if (item instanceof Block) {
                pendingDoc = candidate;
            }
            items.add(item);
            previous = item;
            p = lx.skipBlanks(end);
        }
        return new SchemaAst(items);
    }

    private TopItem topItem(int p, CommentBlock pendingDoc) {
        Block block = block(p, pendingDoc);
        if (block != null) {
            return block;
        }
        TypeAlias alias = typeAlias(p);
        if (alias != null) {
            diagnostics.add(Diagnostic.error(INVALID_TYPE_ALIAS, alias.span()));
            return alias;
        }
        InvalidBlock invalidBlock = arbitraryBlock(p);
        if (invalidBlock != null) {
            diagnostics.add(Diagnostic.error(INVALID_BLOCK, invalidBlock.span()));
            return invalidBlock;
        }
        CommentBlock comments = bodies.commentBlock(p);
        if (comments != null) {
            end = bodies.end();
            return comments;
        }
        BlankLines blank = bodies.blankLines(p);
        if (blank != null) {
            end = bodies.end();
            return blank;
        }
        int contentEnd = lx.lineContentEnd(p);
        end = contentEnd + lx.newlineLength(contentEnd);
        InvalidLine line = new InvalidLine(lx.text().substring(p, end), file.span(p, end));
        diagnostics.add(Diagnostic.error(INVALID_TOP_LINE, line.span()));
        return line;
    }

    /** {@code keyword name "{" ... NEWLINE body "}"} for every block kind, or {@code null}. */
    private Block block(int pos, CommentBlock pendingDoc) {
        String keyword = keywordAt(pos);
        if (keyword == null) {
            return null;
        }
        int nameStart = lx.skipBlanks(pos + keyword.length());
        int nameEnd = lx.identifier(nameStart);
        if (nameEnd < 0) {
            return null;
        }
        int bodyStart = blockOpen(lx.skipBlanks(nameEnd));
        if (bodyStart < 0) {
            return null;
        }
        Identifier name = new Identifier(lx.word(nameStart, nameEnd), file, nameStart, nameEnd);
        int saved = diagnostics.size();
        BlockContext context = new BlockContext(keyword, name.name(), diagnostics);
        BodyParser.Kind kind = switch (keyword) {
            case "enum" -> BodyParser.Kind.ENUM;
            case "datasource", "generator" -> BodyParser.Kind.CONFIG;
            default -> BodyParser.Kind.MODEL;
        };
        BodyParser.Body body = bodies.body(kind, bodyStart, context);
        if (body == null) {
            truncate(saved);
            return null;
        }
        end = body.closeBrace() + 1;
        List<BodyItem> items = withOpeningLineRest(lx.skipBlanks(nameEnd), bodyStart, body.items(), context, saved);
        Span span = file.span(pos, end);
        Span inner = file.span(bodyStart, body.closeBrace());
        Optional<String> doc = pendingDoc == null ? Optional.empty() : pendingDoc.documentation();
        return switch (keyword) {
            case "model", "view" -> new ModelBlock(keyword.equals("view"), name, context.fields, context.attributes,
                    items, doc, span, inner);
            case "type" -> new CompositeTypeBlock(name, context.fields, items, doc, span, inner);
            case "enum" -> new EnumBlock(name, context.values, context.attributes, items, doc, span, inner);
            case "datasource" -> new DatasourceBlock(name, context.properties, items,
                    context.configDocumentation(), span, inner);
            default -> new GeneratorBlock(name, context.properties, items, context.configDocumentation(), span, inner);
        };
    }

    /**
     * Prisma silently ignores whatever follows the opening brace on its line, which loses a
     * comment there ({@code model A { // note}) and the content of a one-line block
     * ({@code enum Role { USER ADMIN }}). Shale keeps a comment as the first body item (no
     * diagnostic), and reports any other text as an invalid line of the block, so it is never
     * dropped silently. A closing brace there is left to Prisma's rule (the block goes on).
     */
    private List<BodyItem> withOpeningLineRest(int brace, int bodyStart, List<BodyItem> items, BlockContext context, int diagnosticsBefore) {
        int restStart = lx.skipBlanks(brace + 1);
        int restEnd = lx.lineContentEnd(restStart);
        while (restEnd > restStart && Lexer.isBlank(lx.charAt(restEnd - 1))) {
            restEnd--;
        }
        if (restEnd <= restStart || restEnd > bodyStart || lx.charAt(restStart) == '}') {
            return items;
        }
        List<BodyItem> all = new ArrayList<>(items.size() + 1);
        List<Comment> onLine = commentsUpTo(restStart, restEnd);
        if (onLine != null) {
            all.add(new CommentBlock(onLine, file.span(restStart, restEnd)));
        } else {
            InvalidLine line = new InvalidLine(lx.text().substring(restStart, restEnd), file.span(restStart, restEnd));
            int after = diagnostics.size();
            context.invalidLine(line);
            // report it before the body's own diagnostics, in source order
            diagnostics.add(diagnosticsBefore, diagnostics.remove(after));
            all.add(line);
        }
        all.addAll(items);
        return all;
    }

    /** The comments that fill {@code start..end} exactly (blanks between them allowed), or {@code null}. */
    private List<Comment> commentsUpTo(int start, int end) {
        CommentBlock block = bodies.commentBlock(start);
        if (block == null) {
            return null;
        }
        List<Comment> comments = new ArrayList<>();
        int covered = start;
        for (Comment comment : block.comments()) {
            if (comment.span().start() >= end) {
                break;
            }
            if (comment.span().end() > end) {
                return null;
            }
            comments.add(comment);
            covered = comment.span().end();
        }
        return lx.skipBlanks(covered) >= end ? comments : null;
    }

    /** The block keyword at {@code pos} (matched as a prefix, as Prisma's grammar does: {@code modelA {} is model A). */
    private String keywordAt(int pos) {
        for (String keyword : new String[] {"model", "type", "view", "enum", "datasource", "generator"}) {
            if (lx.startsWith(pos, keyword)) {
                return keyword;
            }
        }
        return null;
    }

    /** {@code "{"} and anything up to the line break (Prisma ignores it); returns the start of the next line or -1. */
    private int blockOpen(int pos) {
        if (lx.charAt(pos) != '{' || lx.atEnd(pos)) {
            return -1;
        }
        int contentEnd = lx.lineContentEnd(pos + 1);
        int nl = lx.newlineLength(contentEnd);
        return nl == 0 ? -1 : contentEnd + nl;
    }

    /** {@code "type" name "=" base_type field_attribute*}, without the line break. */
    private TypeAlias typeAlias(int pos) {
        if (!lx.startsWith(pos, "type")) {
            return null;
        }
        int nameEnd = lx.identifier(lx.skipBlanks(pos + 4));
        if (nameEnd < 0) {
            return null;
        }
        int p = lx.skipBlanks(nameEnd);
        if (lx.charAt(p) != '=' || lx.atEnd(p)) {
            return null;
        }
        int baseStart = lx.skipBlanks(p + 1);
        int baseEnd = lx.startsWith(baseStart, "Unsupported(") ? unsupportedEnd(baseStart) : -1;
        if (baseEnd < 0) {
            baseEnd = lx.identifier(baseStart);
        }
        if (baseEnd < 0) {
            return null;
        }
        int saved = diagnostics.size();
        p = lx.skipBlanks(baseEnd);
        while (expressions.attribute(p, false) != null) {
            p = lx.skipBlanks(expressions.end);
        }
        truncate(saved); // Prisma builds nothing from a type alias, so its strings are never decoded
        end = p;
        return new TypeAlias(lx.text().substring(pos, p), file.span(pos, p));
    }

    private int unsupportedEnd(int pos) {
        int stringEnd = lx.string(lx.skipBlanks(pos + "Unsupported(".length()));
        if (stringEnd < 0) {
            return -1;
        }
        int close = lx.skipBlanks(stringEnd);
        return lx.charAt(close) == ')' && !lx.atEnd(close) ? close + 1 : -1;
    }

    /** {@code name "{" ... "}"}: a block without a keyword, up to the first closing brace. */
    private InvalidBlock arbitraryBlock(int pos) {
        int nameEnd = lx.identifier(pos);
        if (nameEnd < 0) {
            return null;
        }
        int bodyStart = blockOpen(lx.skipBlanks(nameEnd));
        if (bodyStart < 0 || bodyStart > lastCloseBrace) {
            return null;
        }
        int close = lx.text().indexOf('}', bodyStart);
        end = close + 1;
        return new InvalidBlock(lx.text().substring(pos, end), file.span(pos, end));
    }

    private void truncate(int size) {
        while (diagnostics.size() > size) {
            diagnostics.remove(diagnostics.size() - 1);
        }
    }
}
