package dev.shale.psl.ast;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arguments of an attribute or function call, in source order. An argument written as
 * {@code name:} with no value (invalid, kept for the formatter and editors) is an
 * {@link Argument} with an empty value. {@code span} covers the parentheses; when there are
 * none it is the empty span where they would be.
 */
public final class ArgumentList {
    private final List<Argument> all;
    private final Optional<Span> trailingComma;
    private final boolean parenthesized;
    // The span's file and offsets rather than a Span object: every attribute has an argument list.
    private final SourceFile source;
    private final int start;
    private final int end;

    public ArgumentList(List<Argument> all, Optional<Span> trailingComma, boolean parenthesized, Span span) {
        this(all, trailingComma, parenthesized, span.source(), span.start(), span.end());
    }

    /** The same with the span given as offsets in {@code source} (clamped as {@link SourceFile#span} does). */
    public ArgumentList(List<Argument> all, Optional<Span> trailingComma, boolean parenthesized, SourceFile source, int start,
            int end) {
        this.all = List.copyOf(all);
        this.trailingComma = Objects.requireNonNull(trailingComma, "trailingComma");
        this.parenthesized = parenthesized;
        int length = source.text().length();
        this.source = source;
        this.start = Math.max(0, Math.min(start, length));
        this.end = Math.max(this.start, Math.min(end, length));
    }

    /** Every argument in source order, including those written as {@code name:} with no value. */
    public List<Argument> all() {
        return all;
    }

    public Optional<Span> trailingComma() {
        return trailingComma;
    }

    public boolean parenthesized() {
        return parenthesized;
    }

    public Span span() {
        return source.span(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArgumentList that && all.equals(that.all) && trailingComma.equals(that.trailingComma)
                && parenthesized == that.parenthesized && span().equals(that.span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(all, trailingComma, parenthesized, span());
    }

    @Override
    public String toString() {
        return "ArgumentList[all=" + all + ", trailingComma=" + trailingComma + ", parenthesized=" + parenthesized
                + ", span=" + span() + "]";
    }

    /** The arguments that have a value (positional and named), in order. */
    public List<Argument> arguments() {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value().isEmpty()) {
                return all.stream().filter(a -> a.value().isPresent()).toList();
            }
        }
        return all; // the usual case, asked for on every attribute: no copy
    }

    /** The arguments written as {@code name:} with no value. */
    public List<Argument> emptyArguments() {
        return all.stream().filter(a -> a.value().isEmpty()).toList();
    }

    /** The first positional (unnamed) argument's value. */
    public Optional<Expression> positional(int index) {
        int seen = 0;
        for (int i = 0; i < all.size(); i++) {
            Argument argument = all.get(i);
            if (argument.name().isEmpty() && seen++ == index) {
                return argument.value();
            }
        }
        return Optional.empty();
    }

    /** The value of the named argument, if present. */
    public Optional<Expression> named(String argumentName) {
        for (Argument a : all) {
            if (a.name().isPresent() && a.name().get().name().equals(argumentName) && a.value().isPresent()) {
                return a.value();
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
