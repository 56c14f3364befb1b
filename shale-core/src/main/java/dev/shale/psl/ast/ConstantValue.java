package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** A bare name or dotted path: {@code true}, {@code Cascade}, {@code Desc}, an enum value, a field reference {@code a.b}. */
public record ConstantValue(String name, Span span) implements Expression {
    @Override
    public String source() {
        return name;
    }

    @Override
    public String kindName() {
        return "constant";
    }
}
