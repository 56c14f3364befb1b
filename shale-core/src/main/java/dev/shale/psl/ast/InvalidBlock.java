package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** {@code name { ... }} without a known keyword, kept verbatim from the name to the closing brace. */
public record InvalidBlock(String text, Span span) implements TopItem {}
