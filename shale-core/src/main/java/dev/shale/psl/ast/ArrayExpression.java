package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.stream.Collectors;

/** {@code [a, b, c]}. */
public record ArrayExpression(List<Expression> elements, Span span) implements Expression {

    public ArrayExpression {
        elements = List.copyOf(elements);
    }

    @Override
    public String source() {
        return elements.stream().map(Expression::source).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String kindName() {
        return "array";
    }
}
