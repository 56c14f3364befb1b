package dev.shale.psl.ast;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A field's type: a name ({@code String}, a model, enum or composite type) or
 * {@code Unsupported("...")}, with its arity. {@code name} is the type name, or for an
 * unsupported type the decoded string argument. {@code baseSpan} covers the name or the whole
 * {@code Unsupported("...")}; {@code span} also covers {@code ?}, {@code []} etc.
 *
 * <p>A value like a record. Every field has one, so this keeps the file and offsets of both spans
 * rather than two {@link Span} objects, and makes a span when asked for.
 */
public final class FieldType {
    private final String name;
    private final boolean unsupported;
    private final Arity arity;
    private final TypeSyntax syntax;
    private final String baseText;
    private final SourceFile source;
    private final int baseStart;
    private final int baseEnd;
    private final int start;
    private final int end;

    public FieldType(String name, boolean unsupported, Arity arity, TypeSyntax syntax, String baseText, Span baseSpan, Span span) {
        this(name, unsupported, arity, syntax, baseText, span.source(), baseSpan.start(), baseSpan.end(), span.start(), span.end());
        if (baseSpan.source() != span.source()) {
            throw new IllegalArgumentException("the spans of a field type are in one file");
        }
    }

    /** The same with the offsets of both spans in {@code source} (clamped as {@link SourceFile#span} does). */
    public FieldType(String name, boolean unsupported, Arity arity, TypeSyntax syntax, String baseText, SourceFile source,
            int baseStart, int baseEnd, int start, int end) {
        int length = source.text().length();
        this.name = name;
        this.unsupported = unsupported;
        this.arity = arity;
        this.syntax = syntax;
        this.baseText = baseText;
        this.source = source;
        this.baseStart = Math.max(0, Math.min(baseStart, length));
        this.baseEnd = Math.max(this.baseStart, Math.min(baseEnd, length));
        this.start = Math.max(0, Math.min(start, length));
        this.end = Math.max(this.start, Math.min(end, length));
    }

    public String name() {
        return name;
    }

    public boolean unsupported() {
        return unsupported;
    }

    public Arity arity() {
        return arity;
    }

    public TypeSyntax syntax() {
        return syntax;
    }

    public String baseText() {
        return baseText;
    }

    public Span baseSpan() {
        return source.span(baseStart, baseEnd);
    }

    public Span span() {
        return source.span(start, end);
    }

    /** The type name as an identifier; empty for {@code Unsupported(...)}. */
    public Optional<Identifier> identifier() {
        return unsupported ? Optional.empty() : Optional.of(new Identifier(name, baseSpan()));
    }

    public boolean isOptional() {
        return arity == Arity.OPTIONAL;
    }

    public boolean isList() {
        return arity == Arity.LIST;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldType that && Objects.equals(name, that.name) && unsupported == that.unsupported
                && arity == that.arity && syntax == that.syntax && Objects.equals(baseText, that.baseText)
                && baseSpan().equals(that.baseSpan()) && span().equals(that.span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unsupported, arity, syntax, baseText, baseSpan(), span());
    }

    @Override
    public String toString() {
        return "FieldType[name=" + name + ", unsupported=" + unsupported + ", arity=" + arity + ", syntax=" + syntax
                + ", baseText=" + baseText + ", baseSpan=" + baseSpan() + ", span=" + span() + "]";
    }
}
