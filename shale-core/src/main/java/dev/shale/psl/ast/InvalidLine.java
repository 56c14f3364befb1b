package dev.shale.psl.ast;

import dev.shale.psl.Span;

/**
 * A line the grammar does not recognise (Prisma's "catch-all"), kept verbatim: {@code text}
 * starts at its first non-blank character and includes the line break, if any.
 */
public record InvalidLine(String text, Span span) implements TopItem, BodyItem {}
