package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.validate.connector.Capability;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Optional;

/** The values of accepted defaults: JSON, base64, RFC 3339 date-times, integers and decimals must parse; {@code auto()} needs MongoDB. */
final class DefaultValueChecks {
    private final PipelineContext ctx;

    DefaultValueChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void values(Expression value, ScalarType type) {
        if (type == null || value == null) {
            return;
        }
        if (value instanceof ArrayExpression array) {
            for (Expression item : array.elements()) {
                values(item, type);
            }
            return;
        }
        Diagnostics d = ctx.diagnostics;
        if (value instanceof StringLiteral string) {
            String text = string.value();
            switch (type) {
                case JSON -> {
                    Optional<String> problem = JsonSyntax.problem(text);
                    problem.ifPresent(p -> d.attributeError("Parse error: \"" + text + "\" is not a valid JSON string. (" + p + ")",
                            "@default", string.span()));
                }
                case BYTES -> {
                    try {
                        // Rust's standard engine wants canonical padding; Java's decoder is laxer.
                        if (text.length() % 4 != 0) {
                            throw new IllegalArgumentException("padding");
                        }
                        Base64.getDecoder().decode(text);
                    } catch (IllegalArgumentException e) {
                        d.attributeError("Parse error: \"" + text
                                + "\" is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)",
                                "@default", string.span());
                    }
                }
                case DATE_TIME -> Rfc3339.problem(text).ifPresent(p -> d.attributeError("Parse error: \"" + text
                        + "\" is not a valid rfc3339 datetime string. (" + p + ")", "@default", string.span()));
                case DECIMAL -> {
                    if (text.isEmpty()) {
                        d.attributeError("Parse error: \"\" is not a valid decimal. (Failed to parse empty string)", "default",
                                string.span());
                    } else if (!isDecimal(text)) {
                        d.attributeError("Parse error: \"" + text + "\" is not a valid decimal. (invalid digit found in string)",
                                "default", string.span());
                    }
                }
                default -> {
                }
            }
        } else if (value instanceof NumericLiteral number && (type == ScalarType.INT || type == ScalarType.BIG_INT)) {
            if (Expressions.parseLong(number.text()).isEmpty()) {
                d.attributeError("Parse error: \"" + number.text() + "\" is not a valid integer. (" + intProblem(number.text()) + ")",
                        "@default", number.span());
            }
        }
    }

    void autoParam(Expression value) {
        if (ctx.has(Capability.DEFAULT_VALUE_AUTO) || value == null) {
            return;
        }
        if (value instanceof FunctionCall call && call.name().name().equals("auto")) {
            ctx.diagnostics.attributeError("The current connector does not support the `auto()` function.", "@default", call.span());
        }
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String intProblem(String text) {
        if (text.contains(".")) {
            return "invalid digit found in string";
        }
        return text.startsWith("-") ? "number too small to fit in target type" : "number too large to fit in target type";
    }
}
