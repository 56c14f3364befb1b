package dev.shale.psl.ast;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.Objects;

/**
 * A name as written in the schema (a block, field, attribute path like {@code db.VarChar}, argument name).
 *
 * <p>A value like a record (equal when name and span are). A large schema has hundreds of
 * thousands of names, so this keeps the span's file and offsets rather than a {@link Span}
 * object, and makes the span when asked for.
 */
public final class Identifier {
    private final String name;
    private final SourceFile source;
    private final int start;
    private final int end;

    public Identifier(String name, Span span) {
        this.name = name;
        this.source = span.source();
        this.start = span.start();
        this.end = span.end();
    }

    /** The name at {@code source.span(start, end)} (offsets clamped the same way), without making the span. */
    public Identifier(String name, SourceFile source, int start, int end) {
        int length = source.text().length();
        this.name = name;
        this.source = source;
        this.start = Math.max(0, Math.min(start, length));
        this.end = Math.max(this.start, Math.min(end, length));
    }

    public String name() {
        return name;
    }

    public Span span() {
        return source.span(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier that && Objects.equals(name, that.name)
                && (source == that.source && start == that.start && end == that.end || span().equals(that.span()));
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(name) + span().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
