package dev.shale.psl.format;

import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArgumentList;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.BlankLines;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.BodyItem;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FieldType;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.InvalidBlock;
import dev.shale.psl.ast.InvalidLine;
import dev.shale.psl.ast.Property;
import dev.shale.psl.ast.SchemaAst;
import dev.shale.psl.ast.TopItem;
import dev.shale.psl.ast.TypeAlias;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out one parsed file as {@code prisma format} does: blocks re-indented, the columns of
 * fields, enum values and properties aligned per paragraph (a blank line starts a new
 * alignment), field attributes and block attributes in Prisma's canonical order, block
 * attributes after a blank line at the end of the block together with the comments just above
 * them, comments kept, block comments canonised, unrecognised lines kept as written.
 */
final class SchemaLayout {
    /** Prisma's canonical attribute order; any other attribute keeps its place after these. */
    private static final List<String> ATTRIBUTE_ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");
    private static final int FIELD_NAME = 0;
    private static final int FIELD_TYPE = 1;
    private static final int FIELD_ATTRIBUTES = 2;

    private SchemaLayout() {}

    static String render(SchemaAst ast, int indentWidth, int sizeHint) {
        LayoutWriter out = new LayoutWriter(indentWidth, sizeHint + sizeHint / 8);
        List<TopItem> items = ast.items();
        int start = !items.isEmpty() && items.get(0) instanceof BlankLines ? 1 : 0;
        for (int i = start; i < items.size(); i++) {
            TopItem item = items.get(i);
            if (item instanceof Block block) {
                block(block, out);
            } else if (item instanceof CommentBlock comments) {
                Table table = new Table();
                comments(comments, table);
                table.render(out);
            } else if (item instanceof BlankLines) {
                if (i + 1 < items.size()) {
                    out.endLine(); // blank lines collapse to one; trailing ones disappear
                }
            } else if (item instanceof InvalidLine line) {
                out.write(line.text());
            } else if (item instanceof InvalidBlock invalid) {
                out.write(invalid.text());
            } else if (item instanceof TypeAlias alias) {
                out.write(alias.text());
            }
        }
        return out.finish();
    }

    private record PendingAttribute(CommentBlock comments, Attribute attribute) {}

    private static void block(Block block, LayoutWriter out) {
        out.write(block.keyword() + " " + block.name().name() + " {");
        out.endLine();
        out.indentUp();
        List<BodyItem> items = block.items();
        List<PendingAttribute> attributes = new ArrayList<>();
        Table table = new Table();
        CommentBlock pendingComment = null;
        int i = !items.isEmpty() && items.get(0) instanceof BlankLines ? 1 : 0;
        while (true) {
            boolean ateBlankLines = i < items.size() && items.get(i) instanceof BlankLines;
            if (ateBlankLines) {
                i++;
                BodyItem next = i < items.size() ? items.get(i) : null;
                if (next != null && !(next instanceof Attribute) && !(next instanceof CommentBlock)) {
                    table.render(out); // a blank line starts a new alignment
                    table.startRow();
                }
            }
            if (i >= items.size()) {
                break;
            }
            BodyItem item = items.get(i++);
            BodyItem next = i < items.size() ? items.get(i) : null;
            if (item instanceof CommentBlock comments) {
                if (next instanceof Attribute) {
                    pendingComment = comments; // travels with the attribute it documents
                } else {
                    if (ateBlankLines) {
                        table.render(out);
                        table.startRow();
                    }
                    comments(comments, table);
                }
            } else if (item instanceof Field field) {
                field(field, table);
            } else if (item instanceof Property property) {
                property(property, table);
            } else if (item instanceof EnumValue value) {
                enumValue(value, table);
            } else if (item instanceof Attribute attribute) {
                attributes.add(new PendingAttribute(pendingComment, attribute));
                pendingComment = null;
            } else if (item instanceof InvalidLine line) {
                table.interleave(stripTrailingLineFeeds(line.text()));
            }
        }
        table.render(out);
        if (!attributes.isEmpty()) {
            table.startRow();
        }
        List<PendingAttribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparingInt(a -> orderOf(a.attribute())));
        for (PendingAttribute pending : sorted) {
            if (pending.comments() != null) {
                comments(pending.comments(), table);
            }
            table.startRow();
            table.column(0).append(attribute(pending.attribute(), "@@"));
            pending.attribute().trailingComment().ifPresent(c -> table.suffix(c.text()));
        }
        table.render(out);
        out.indentDown();
        out.write("}");
        out.endLine();
    }

    private static String stripTrailingLineFeeds(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    private static int orderOf(Attribute attribute) {
        int index = ATTRIBUTE_ORDER.indexOf(attribute.name().name());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static void field(Field field, Table table) {
        table.startRow();
        table.column(FIELD_NAME).append(field.name().name());
        field.type().ifPresent(type -> table.column(FIELD_TYPE).append(typeText(type)));
        field.trailingComment().ifPresent(c -> table.suffix(c.text()));
        List<Attribute> attributes = new ArrayList<>(field.attributes());
        attributes.sort(Comparator.comparingInt(SchemaLayout::orderOf));
        StringBuilder cell = table.column(FIELD_ATTRIBUTES);
        for (int k = 0; k < attributes.size(); k++) {
            if (k > 0) {
                cell.append(' ');
            }
            cell.append(attribute(attributes.get(k), "@"));
        }
    }

    /** The type as Prisma writes it back: legacy forms rewritten ({@code Int!} to {@code Int}, {@code [Int]} to {@code Int[]}). */
    private static String typeText(FieldType type) {
        return switch (type.syntax()) {
            case PLAIN, LEGACY_REQUIRED -> type.baseText();
            case OPTIONAL -> type.baseText() + "?";
            case LIST, LEGACY_LIST -> type.baseText() + "[]";
            case OPTIONAL_LIST -> type.baseText() + "[]?";
        };
    }

    private static void enumValue(EnumValue value, Table table) {
        table.startRow();
        table.column(0).append(value.name().name());
        value.trailingComment().ifPresent(c -> table.suffix(c.text()));
        for (Attribute attribute : value.attributes()) {
            table.column(1).append(attribute(attribute, "@")); // Prisma writes several without a space between them
        }
    }

    private static void property(Property property, Table table) {
        table.startRow();
        table.column(0).append(property.name().name());
        property.value().ifPresent(value -> table.column(1).append("= ").append(expression(value)));
        property.trailingComment().ifPresent(c -> table.suffix(c.text()));
    }

    private static void comments(CommentBlock block, Table table) {
        for (Comment comment : block.comments()) {
            switch (comment.kind()) {
                case LINE, DOC -> {
                    table.startRow();
                    table.suffix(comment.text());
                }
                case BLOCK -> {
                    table.startRow();
                    table.suffix("/**");
                    for (String line : comment.content().split("\n", -1)) {
                        String trimmed = line.strip();
                        if (trimmed.startsWith("*")) {
                            trimmed = trimmed.substring(1).stripLeading();
                        }
                        if (!trimmed.isEmpty()) {
                            table.startRow();
                            table.suffix(" * " + trimmed);
                        }
                    }
                    table.startRow();
                    table.suffix(" */");
                }
            }
        }
    }

    static String attribute(Attribute attribute, String marker) {
        StringBuilder out = new StringBuilder(marker).append(attribute.name().name());
        if (attribute.arguments().parenthesized()) {
            arguments(attribute.arguments(), out);
        }
        return out.toString();
    }

    private static void arguments(ArgumentList arguments, StringBuilder out) {
        out.append('(');
        boolean first = true;
        for (Argument argument : arguments.all()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            argument.name().ifPresent(name -> out.append(name.name()).append(": "));
            argument.value().ifPresent(value -> expression(value, out));
        }
        out.append(')');
    }

    static String expression(Expression expression) {
        StringBuilder out = new StringBuilder();
        expression(expression, out);
        return out.toString();
    }

    private static void expression(Expression expression, StringBuilder out) {
        if (expression instanceof FunctionCall call) {
            out.append(call.name().name());
            arguments(call.arguments(), out);
        } else if (expression instanceof ArrayExpression array) {
            out.append('[');
            for (int k = 0; k < array.elements().size(); k++) {
                if (k > 0) {
                    out.append(", ");
                }
                expression(array.elements().get(k), out);
            }
            out.append(']');
        } else {
            out.append(expression.source());
        }
    }
}
