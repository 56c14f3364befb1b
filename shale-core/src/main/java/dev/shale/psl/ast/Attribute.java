package dev.shale.psl.ast;

import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(255)}) or block attribute
 * ({@code @@index([a])}). {@code name} is the path after the at-signs. {@code span} starts at
 * the first {@code @}; for a block attribute it also covers a trailing comment, as in Prisma.
 * {@code arguments} has {@code parenthesized() == false} when no parentheses were written.
 */
public final class Attribute implements BodyItem {
    private final Identifier name;
    private final ArgumentList arguments;
    private final boolean block;
    private final Optional<Comment> trailingComment;
    // The span's file and offsets rather than a Span object (a value like a record otherwise).
    private final SourceFile source;
    private final int start;
    private final int end;

    public Attribute(Identifier name, ArgumentList arguments, boolean block, Optional<Comment> trailingComment, Span span) {
        this(name, arguments, block, trailingComment, span.source(), span.start(), span.end());
    }

    /** The same with the span given as offsets in {@code source} (clamped as {@link SourceFile#span} does). */
    public Attribute(Identifier name, ArgumentList arguments, boolean block, Optional<Comment> trailingComment, SourceFile source,
            int start, int end) {
        this.name = name;
        this.arguments = arguments;
        this.block = block;
        this.trailingComment = Objects.requireNonNull(trailingComment, "trailingComment");
        int length = source.text().length();
        this.source = source;
        this.start = Math.max(0, Math.min(start, length));
        this.end = Math.max(this.start, Math.min(end, length));
    }

    public Identifier name() {
        return name;
    }

    public ArgumentList arguments() {
        return arguments;
    }

    public boolean block() {
        return block;
    }

    public Optional<Comment> trailingComment() {
        return trailingComment;
    }

    @Override
    public Span span() {
        return source.span(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attribute that && Objects.equals(name, that.name) && Objects.equals(arguments, that.arguments)
                && block == that.block && trailingComment.equals(that.trailingComment) && span().equals(that.span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, arguments, block, trailingComment, span());
    }

    @Override
    public String toString() {
        return "Attribute[name=" + name + ", arguments=" + arguments + ", block=" + block + ", trailingComment="
                + trailingComment + ", span=" + span() + "]";
    }

    /** The name with its at-signs, as Prisma quotes it in messages: {@code @default}, {@code @@index}. */
    public String displayName() {
        return (block ? "@@" : "@") + name.name();
    }
}
