package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.Optional;

/**
 * A field's type: a name ({@code String}, a model, enum or composite type) or
 * {@code Unsupported("...")}, with its arity. {@code name} is the type name, or for an
 * unsupported type the decoded string argument. {@code baseSpan} covers the name or the whole
 * {@code Unsupported("...")}; {@code span} also covers {@code ?}, {@code []} etc.
 */
public record FieldType(String name, boolean unsupported, Arity arity, TypeSyntax syntax, String baseText, Span baseSpan, Span span) {

    /** The type name as an identifier; empty for {@code Unsupported(...)}. */
    public Optional<Identifier> identifier() {
        return unsupported ? Optional.empty() : Optional.of(new Identifier(name, baseSpan));
    }

    public boolean isOptional() {
        return arity == Arity.OPTIONAL;
    }

    public boolean isList() {
        return arity == Arity.LIST;
    }
}
