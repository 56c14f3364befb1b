package dev.shale.psl.validate;

import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reading attribute and property values as a given kind (string, constant, number, boolean,
 * function), reporting Prisma's "Expected a X value, but received Y value `Z`." on a mismatch,
 * and writing values back the way Prisma quotes them in messages.
 */
public final class Expressions {
    private Expressions() {
    }

    /** Prisma's word for the kind of a value in type-mismatch messages. */
    public static String describe(Expression expression) {
        if (expression instanceof NumericLiteral) {
            return "numeric";
        }
        if (expression instanceof StringLiteral) {
            return "string";
        }
        if (expression instanceof ConstantValue) {
            return "literal";
        }
        if (expression instanceof FunctionCall) {
            return "functional";
        }
        return "array";
    }

    /** The value as Prisma prints it in messages: arrays and arguments joined by a bare comma. */
    public static String render(Expression expression) {
        if (expression instanceof NumericLiteral number) {
            return number.text();
        }
        if (expression instanceof StringLiteral string) {
            return "\"" + escape(string.value()) + "\"";
        }
        if (expression instanceof ConstantValue constant) {
            return constant.name();
        }
        if (expression instanceof FunctionCall call) {
            StringBuilder out = new StringBuilder(call.name().name()).append('(');
            String separator = "";
            for (Argument argument : call.arguments().all()) {
                if (argument.value().isEmpty()) {
                    continue;
                }
                out.append(separator);
                argument.name().ifPresent(name -> out.append(name.name()).append(": "));
                out.append(render(argument.value().get()));
                separator = ",";
            }
            return out.append(')').toString();
        }
        ArrayExpression array = (ArrayExpression) expression;
        StringBuilder out = new StringBuilder("[");
        String separator = "";
        for (Expression element : array.elements()) {
            out.append(separator).append(render(element));
            separator = ",";
        }
        return out.append(']').toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static void mismatch(String expected, Expression expression, Diagnostics diagnostics) {
        diagnostics.error("Expected a " + expected + " value, but received " + describe(expression) + " value `"
                + render(expression) + "`.", expression.span());
    }

    /** A string literal's decoded value, or a mismatch error. */
    public static Optional<String> string(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof StringLiteral string) {
            return Optional.of(string.value());
        }
        mismatch("string", expression, diagnostics);
        return Optional.empty();
    }

    /** A bare name ({@code Desc}, {@code Cascade}), or a mismatch error. */
    public static Optional<String> constant(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof ConstantValue constant) {
            return Optional.of(constant.name());
        }
        mismatch("constant", expression, diagnostics);
        return Optional.empty();
    }

    /** {@code true} or {@code false}, or a mismatch error. */
    public static Optional<Boolean> bool(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof ConstantValue constant
                && (constant.name().equals("true") || constant.name().equals("false"))) {
            return Optional.of(constant.name().equals("true"));
        }
        mismatch("boolean", expression, diagnostics);
        return Optional.empty();
    }

    /** A number that fits a signed 64-bit integer, or a mismatch error (Prisma's "numeric"). */
    public static Optional<Long> integer(Expression expression, Diagnostics diagnostics) {
        Optional<Long> value = integerOpt(expression);
        if (value.isEmpty()) {
            mismatch("numeric", expression, diagnostics);
        }
        return value;
    }

    public static Optional<Long> integerOpt(Expression expression) {
        if (expression instanceof NumericLiteral number) {
            return parseLong(number.text());
        }
        return Optional.empty();
    }

    /** Parses a decimal integer like Rust's {@code i64::from_str} (optional sign, digits only). */
    public static Optional<Long> parseLong(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return Optional.empty();
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses an unsigned integer of at most {@code max} like Rust's {@code u8/u16/u32::from_str}. */
    public static Optional<Long> parseUnsigned(String text, long max) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int start = text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length() || text.length() - start > 19) {
            return Optional.empty();
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        long value = Long.parseLong(text.substring(start));
        return value <= max ? Optional.of(value) : Optional.empty();
    }

    /** A function call, or a mismatch error. */
    public static Optional<FunctionCall> function(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof FunctionCall call) {
            return Optional.of(call);
        }
        mismatch("function", expression, diagnostics);
        return Optional.empty();
    }

    /**
     * Reads a value or an array of values with {@code element}; a single value counts as a
     * one-element array. Empty when any element is wrong (every element is still checked).
     */
    public static <T> Optional<List<T>> array(Expression expression,
            BiFunction<Expression, Diagnostics, Optional<T>> element, Diagnostics diagnostics) {
        List<T> out = new ArrayList<>();
        if (expression instanceof ArrayExpression array) {
            boolean valid = true;
            for (Expression item : array.elements()) {
                Optional<T> value = element.apply(item, diagnostics);
                if (value.isPresent()) {
                    out.add(value.get());
                } else {
                    valid = false;
                }
            }
            return valid ? Optional.of(out) : Optional.empty();
        }
        Optional<T> value = element.apply(expression, diagnostics);
        return value.map(List::of);
    }

    /** Whether the expression is {@code env(...)}. */
    public static boolean isEnv(Expression expression) {
        return expression instanceof FunctionCall call && call.name().name().equals("env");
    }
}
