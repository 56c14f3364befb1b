package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.Optional;

/** {@code key = value} in a datasource or generator; the value is empty for {@code key =}. Span without the line break. */
public record Property(Identifier name, Optional<Expression> value, Optional<Comment> trailingComment, Span span)
        implements BodyItem {}
