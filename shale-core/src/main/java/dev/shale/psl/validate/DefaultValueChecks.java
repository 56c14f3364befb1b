package dev.shale.psl.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.validate.connector.Capability;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** The values of accepted defaults: JSON, base64, RFC 3339 date-times, integers and decimals must parse; {@code auto()} needs MongoDB. */
final class DefaultValueChecks {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
                    Optional<String> problem = jsonProblem(text);
                    problem.ifPresent(p -> d.attributeError("Parse error: \"" + text + "\" is not a valid JSON string. (" + p + ")",
                            "@default", string.span()));
                }
                case BYTES -> {
                    try {
                        Base64.getDecoder().decode(text);
                    } catch (IllegalArgumentException e) {
                        d.attributeError("Parse error: \"" + text + "\" is not a valid base64 string. (" + e.getMessage() + ")",
                                "@default", string.span());
                    }
                }
                case DATE_TIME -> {
                    try {
                        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    } catch (DateTimeParseException e) {
                        d.attributeError("Parse error: \"" + text + "\" is not a valid rfc3339 datetime string. (" + rfc3339Problem(text)
                                + ")", "@default", string.span());
                    }
                }
                case DECIMAL -> {
                    try {
                        new BigDecimal(text);
                    } catch (NumberFormatException e) {
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

    private static Optional<String> jsonProblem(String text) {
        try {
            JSON.readTree(text);
            if (text.isBlank()) {
                return Optional.of("EOF while parsing a value at line 1 column " + text.length());
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(e.getOriginalMessage());
        }
    }

    private static String rfc3339Problem(String text) {
        return text.isEmpty() ? "premature end of input" : "input contains invalid characters";
    }

    private static String intProblem(String text) {
        if (text.contains(".")) {
            return "invalid digit found in string";
        }
        return text.startsWith("-") ? "number too small to fit in target type" : "number too large to fit in target type";
    }
}
