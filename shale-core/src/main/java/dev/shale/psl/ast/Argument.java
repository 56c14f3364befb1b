package dev.shale.psl.ast;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code value}, {@code name: value}, or {@code name:} (no value: invalid, kept for the formatter).
 *
 * <p>A value like a record; keeps its span's file and offsets rather than a {@link Span} object.
 */
public final class Argument {
    private final Optional<Identifier> name;
    private final Optional<Expression> value;
    private final SourceFile source;
    private final int start;
    private final int end;

    public Argument(Optional<Identifier> name, Optional<Expression> value, Span span) {
        this(name, value, span.source(), span.start(), span.end());
    }

    /** The same with the span given as offsets in {@code source} (clamped as {@link SourceFile#span} does). */
    public Argument(Optional<Identifier> name, Optional<Expression> value, SourceFile source, int start, int end) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        int length = source.text().length();
        this.source = source;
        this.start = Math.max(0, Math.min(start, length));
        this.end = Math.max(this.start, Math.min(end, length));
    }

    public Optional<Identifier> name() {
        return name;
    }

    public Optional<Expression> value() {
        return value;
    }

    public Span span() {
        return source.span(start, end);
    }

    public boolean isNamed() {
        return name.isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Argument that && name.equals(that.name) && value.equals(that.value) && span().equals(that.span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, span());
    }

    @Override
    public String toString() {
        return "Argument[name=" + name + ", value=" + value + ", span=" + span() + "]";
    }
}
