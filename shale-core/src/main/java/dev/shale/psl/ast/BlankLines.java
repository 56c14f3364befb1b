package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** One or more empty (or whitespace-only) lines. */
public record BlankLines(Span span) implements TopItem, BodyItem {}
