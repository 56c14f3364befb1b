package dev.shale.lint.schema;

import dev.shale.lint.Position;
import dev.shale.lint.Suppression;
import dev.shale.psl.Span;
import dev.shale.psl.ast.BodyItem;
import dev.shale.psl.ast.Comment;
import dev.shale.psl.ast.CommentBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /// shale:ignore CODE reason} in the schema: on a field or enum value it covers that line,
 * on a model or enum it covers the whole block, and a comment line just above a block attribute
 * ({@code @@index}) covers that attribute.
 */
public final class SchemaSuppressions {
    /** A suppression comment as written, for SH002's checks. */
    public record Written(Position at, String body) {}

    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Written> written = new ArrayList<>();

    public SchemaSuppressions(SchemaInput schema) {
        for (ModelBlock m : schema.models()) {
            fromDocumentation(m.documentation(), m.span(), m.span());
            collect(m.items());
        }
        for (EnumBlock e : schema.enums()) {
            fromDocumentation(e.documentation(), e.span(), e.span());
            collect(e.items());
        }
    }

    public List<Suppression> suppressions() {
        return List.copyOf(suppressions);
    }

    public List<Written> written() {
        return List.copyOf(written);
    }

    private void collect(List<BodyItem> items) {
        List<Comment> pending = new ArrayList<>();
        for (BodyItem item : items) {
            if (item instanceof CommentBlock block) {
                pending.addAll(block.comments());
                continue;
            }
            for (Comment c : pending) {
                add(c.content().strip(), SchemaInput.position(c.span()), item.span());
            }
            pending.clear();
            if (item instanceof Field f) {
                fromDocumentation(f.documentation(), f.span(), f.span());
            } else if (item instanceof EnumValue v) {
                fromDocumentation(v.documentation(), v.span(), v.span());
            }
        }
    }

    private void fromDocumentation(Optional<String> documentation, Span where, Span covers) {
        documentation.ifPresent(doc -> doc.lines().forEach(line -> add(line.strip(), SchemaInput.position(where), covers)));
    }

    private void add(String body, Position at, Span covers) {
        if (!body.toLowerCase(java.util.Locale.ROOT).startsWith("shale:ignore")) {
            return;
        }
        if (written.stream().noneMatch(w -> w.body().equals(body) && w.at().line() <= covers.endLine()
                && w.at().line() >= at.line() - 1 && w.at().file().equals(at.file()))) {
            written.add(new Written(at, body));
        }
        Suppression.parse(body).ifPresent(p -> suppressions.add(new Suppression(covers.file(), p.codes(), p.reason(),
                p.wholeFile() ? 0 : Math.min(at.line(), covers.line()), p.wholeFile() ? Integer.MAX_VALUE : covers.endLine(),
                at.line(), at.column())));
    }
}
