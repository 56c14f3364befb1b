package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** Anything at the top level of a schema file, in source order: blocks and the trivia between them. */
public sealed interface TopItem permits Block, CommentBlock, BlankLines, InvalidLine, InvalidBlock, TypeAlias {
    Span span();
}
