package dev.shale.psl.ast;

import dev.shale.psl.Span;

/**
 * A line (or run of lines) inside a block, in source order: what the formatter lays out.
 * Fields and enum values appear here even when malformed; the block's {@code fields()} /
 * {@code values()} hold only the well-formed ones.
 */
public sealed interface BodyItem permits Field, EnumValue, Property, Attribute, CommentBlock, BlankLines, InvalidLine {
    Span span();
}
