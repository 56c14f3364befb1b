package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Consecutive comment lines (no blank line between them). */
public record CommentBlock(List<Comment> comments, Span span) implements TopItem, BodyItem {

    public CommentBlock {
        comments = List.copyOf(comments);
    }

    /** The documentation lines ({@code ///} and block comments) joined by line feeds, as Prisma reads them; empty when there are none. */
    public Optional<String> documentation() {
        List<String> lines = new ArrayList<>();
        for (Comment comment : comments) {
            String doc = comment.documentation();
            if (doc != null) {
                lines.add(doc);
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
