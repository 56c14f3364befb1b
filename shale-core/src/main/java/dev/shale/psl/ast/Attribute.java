package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.Optional;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(255)}) or block attribute
 * ({@code @@index([a])}). {@code name} is the path after the at-signs. {@code span} starts at
 * the first {@code @}; for a block attribute it also covers a trailing comment, as in Prisma.
 * {@code arguments} has {@code parenthesized() == false} when no parentheses were written.
 */
public record Attribute(Identifier name, ArgumentList arguments, boolean block, Optional<Comment> trailingComment, Span span)
        implements BodyItem {

    /** The name with its at-signs, as Prisma quotes it in messages: {@code @default}, {@code @@index}. */
    public String displayName() {
        return (block ? "@@" : "@") + name.name();
    }
}
