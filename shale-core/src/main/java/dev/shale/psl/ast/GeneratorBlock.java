package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/** {@code generator name { key = value ... }}. */
public record GeneratorBlock(
        Identifier name,
        List<Property> properties,
        List<BodyItem> items,
        Optional<String> documentation,
        Span span,
        Span innerSpan) implements Block {

    public GeneratorBlock {
        properties = List.copyOf(properties);
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return "generator";
    }

    public Optional<Property> property(String key) {
        return properties.stream().filter(p -> p.name().name().equals(key)).findFirst();
    }
}
