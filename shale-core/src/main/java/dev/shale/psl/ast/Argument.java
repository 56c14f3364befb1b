package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.Optional;

/** {@code value}, {@code name: value}, or {@code name:} (no value: invalid, kept for the formatter). */
public record Argument(Optional<Identifier> name, Optional<Expression> value, Span span) {

    public boolean isNamed() {
        return name.isPresent();
    }
}
