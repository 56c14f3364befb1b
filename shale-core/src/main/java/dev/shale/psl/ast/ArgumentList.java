package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of an attribute or function call, in source order. An argument written as
 * {@code name:} with no value (invalid, kept for the formatter and editors) is an
 * {@link Argument} with an empty value. {@code span} covers the parentheses; when there are
 * none it is the empty span where they would be.
 */
public record ArgumentList(List<Argument> all, Optional<Span> trailingComma, boolean parenthesized, Span span) {

    public ArgumentList {
        all = List.copyOf(all);
    }

    /** The arguments that have a value (positional and named), in order. */
    public List<Argument> arguments() {
        return all.stream().filter(a -> a.value().isPresent()).toList();
    }

    /** The arguments written as {@code name:} with no value. */
    public List<Argument> emptyArguments() {
        return all.stream().filter(a -> a.value().isEmpty()).toList();
    }

    /** The first positional (unnamed) argument's value. */
    public Optional<Expression> positional(int index) {
        List<Argument> unnamed = all.stream().filter(a -> a.name().isEmpty()).toList();
        return index < unnamed.size() ? unnamed.get(index).value() : Optional.empty();
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
