package dev.shale.psl.parse;

import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.InvalidLine;
import dev.shale.psl.ast.Property;
import dev.shale.psl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one block's body collects while it is parsed: its well-formed members, the pending
 * doc comment for the next member, and the diagnostics Prisma's parser reports for the block's
 * lines (in the same order and words).
 */
final class BlockContext {
    private final String keyword;
    private final String name;
    private final List<Diagnostic> diagnostics;
    final List<Field> fields = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();
    final List<EnumValue> values = new ArrayList<>();
    final List<Property> properties = new ArrayList<>();
    private CommentBlock pendingComment;
    /** A datasource's or generator's documentation: Prisma takes the last comment block inside it. */
    private Optional<String> configDocumentation = Optional.empty();

    BlockContext(String keyword, String name, List<Diagnostic> diagnostics) {
        this.keyword = keyword;
        this.name = name;
        this.diagnostics = diagnostics;
    }

    Optional<String> configDocumentation() {
        return configDocumentation;
    }

    /** {@code Error validating model "User": } and the like, for the field errors that name their block. */
    String validationPrefix() {
        return "Error validating " + keyword + " \"" + name + "\": ";
    }

    private boolean isCompositeType() {
        return keyword.equals("type");
    }

    void commentBlock(CommentBlock block) {
        pendingComment = block;
        configDocumentation = block.documentation();
    }

    /** The doc comments before a member (consumed) joined with its trailing doc comment. */
    Optional<String> takeDocumentation(Comment trailing) {
        Optional<String> before = pendingComment == null ? Optional.empty() : pendingComment.documentation();
        pendingComment = null;
        String after = trailing == null ? null : trailing.documentation();
        if (after == null) {
            return before;
        }
        return Optional.of(before.map(b -> b + "\n" + after).orElse(after));
    }

    void field(Field field) {
        if (!field.isValid()) {
            return;
        }
        if (isCompositeType()) {
            for (Attribute attribute : field.attributes()) {
                String attributeName = attribute.name().name();
                if (attributeName.equals("relation") || attributeName.equals("unique") || attributeName.equals("id")) {
                    diagnostics.add(Diagnostic.error("Error validating: Defining `@" + attributeName
                            + "` attribute for a field in a composite type is not allowed.", field.span()));
                }
            }
        }
        fields.add(field);
    }

    void blockAttribute(Attribute attribute) {
        if (!isCompositeType()) {
            attributes.add(attribute);
            return;
        }
        String message = switch (attribute.name().name()) {
            case "map" -> "The name of a composite type is not persisted in the database, therefore it does not need a mapped database name.";
            case "unique" -> "A unique constraint should be defined in the model containing the embed.";
            case "index" -> "An index should be defined in the model containing the embed.";
            case "fulltext" -> "A fulltext index should be defined in the model containing the embed.";
            case "id" -> "A composite type cannot define an id.";
            default -> "A composite type cannot have block-level attributes.";
        };
        diagnostics.add(Diagnostic.error("Error validating: " + message, attribute.span()));
    }

    void enumValue(EnumValue value) {
        values.add(value);
    }

    void property(Property property) {
        properties.add(property);
    }

    void invalidLine(InvalidLine line) {
        String message = switch (keyword) {
            case "enum" -> "This line is not an enum value definition.";
            case "datasource", "generator" -> "This line is not a valid definition within a " + keyword + ".";
            default -> "This line is not a valid field or attribute definition.";
        };
        diagnostics.add(Diagnostic.error("Error validating: " + message, line.span()));
    }
}
