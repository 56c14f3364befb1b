package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/** {@code enum Name { ... }} with its values and block attributes ({@code @@map}, {@code @@schema}). */
public record EnumBlock(
        Identifier name,
        List<EnumValue> values,
        List<Attribute> attributes,
        List<BodyItem> items,
        Optional<String> documentation,
        Span span,
        Span innerSpan) implements Block {

    public EnumBlock {
        values = List.copyOf(values);
        attributes = List.copyOf(attributes);
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return "enum";
    }
}
