package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** {@code "..."}: {@code value} is decoded (escapes resolved), {@code raw} is the source with quotes. */
public record StringLiteral(String value, String raw, Span span) implements Expression {
    @Override
    public String source() {
        return raw;
    }

    @Override
    public String kindName() {
        return "string";
    }
}
