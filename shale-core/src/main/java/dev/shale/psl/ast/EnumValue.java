package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/** A value of an enum, with its attributes ({@code @map}); span includes the line break. */
public record EnumValue(
        Identifier name,
        List<Attribute> attributes,
        Optional<String> documentation,
        Optional<Comment> trailingComment,
        Span span) implements BodyItem {

    public EnumValue {
        attributes = List.copyOf(attributes);
    }
}
