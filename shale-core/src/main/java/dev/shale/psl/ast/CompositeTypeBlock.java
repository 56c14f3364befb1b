package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code type Name { ... }}: a composite type (MongoDB only). Block attributes are not part
 * of a composite type (the parser reports them); they stay in {@code items} for the formatter.
 */
public record CompositeTypeBlock(
        Identifier name,
        List<Field> fields,
        List<BodyItem> items,
        Optional<String> documentation,
        Span span,
        Span innerSpan) implements Block {

    public CompositeTypeBlock {
        fields = List.copyOf(fields);
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return "type";
    }
}
