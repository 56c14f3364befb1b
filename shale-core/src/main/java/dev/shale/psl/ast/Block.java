package dev.shale.psl.ast;

import dev.shale.psl.Span;
import java.util.List;
import java.util.Optional;

/** A top-level declaration with a body in braces. */
public sealed interface Block extends TopItem
        permits ModelBlock, CompositeTypeBlock, EnumBlock, DatasourceBlock, GeneratorBlock {

    /** The keyword as written: {@code model}, {@code view}, {@code type}, {@code enum}, {@code datasource}, {@code generator}. */
    String keyword();

    Identifier name();

    /** Every line of the body in source order, including comments, blank lines and malformed lines. */
    List<BodyItem> items();

    /** The documentation ({@code ///} or block comments) Prisma attaches to this block. */
    Optional<String> documentation();

    /** From the keyword to the closing brace, inclusive. */
    @Override
    Span span();

    /** The body: from the line after the opening brace to the closing brace (exclusive). */
    Span innerSpan();
}
