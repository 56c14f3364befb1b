package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** A value in an attribute argument or a datasource/generator property. */
public sealed interface Expression
        permits StringLiteral, NumericLiteral, ConstantValue, FunctionCall, ArrayExpression {
    Span span();

    /** The expression as written in source (normalised spacing for calls and arrays, as the formatter writes it). */
    String source();

    /** Prisma's word for the kind of value, as used in its messages: string, numeric, constant, function, array. */
    String kindName();
}
