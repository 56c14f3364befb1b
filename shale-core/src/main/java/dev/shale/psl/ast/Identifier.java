package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** A name as written in the schema (a block, field, attribute path like {@code db.VarChar}, argument name). */
public record Identifier(String name, Span span) {
    @Override
    public String toString() {
        return name;
    }
}
