package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code model Name { ... }} or {@code view Name { ... }}. {@code fields} holds the well-formed
 * fields and {@code attributes} the block attributes ({@code @@...}), both in source order.
 */
public record ModelBlock(
        boolean view,
        Identifier name,
        List<Field> fields,
        List<Attribute> attributes,
        List<BodyItem> items,
        Optional<String> documentation,
        Span span,
        Span innerSpan) implements Block {

    public ModelBlock {
        fields = List.copyOf(fields);
        attributes = List.copyOf(attributes);
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return view ? "view" : "model";
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().name().equals(fieldName)).findFirst();
    }
}
