package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** {@code 42}, {@code -1}, {@code 3.14} as written. */
public record NumericLiteral(String text, Span span) implements Expression {
    @Override
    public String source() {
        return text;
    }

    @Override
    public String kindName() {
        return "numeric";
    }
}
