package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/**
 * A field of a model, view or composite type. {@code type} is empty when the line has a name
 * but no type (a parse error). {@code span} covers the whole line including its line break.
 * {@code documentation} joins the doc comments before the field and a trailing doc comment.
 */
public record Field(
        Identifier name,
        Optional<FieldType> type,
        List<Attribute> attributes,
        Optional<String> documentation,
        Optional<Comment> trailingComment,
        boolean legacyColon,
        Span span) implements BodyItem {

    public Field {
        attributes = List.copyOf(attributes);
    }

    /** Whether Prisma accepts the declaration (a type in a valid form, no {@code :}); only valid fields are in a block's {@code fields()}. */
    public boolean isValid() {
        return type.isPresent() && type.get().syntax().valid() && !legacyColon;
    }

    /** The type; only call on valid fields. */
    public FieldType fieldType() {
        if (type.isEmpty()) {
            throw new IllegalStateException("field " + name.name() + " has no type");
        }
        return type.get();
    }

    public Arity arity() {
        return fieldType().arity();
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().name().equals(attributeName)).findFirst();
    }
}
