package dev.shale.psl.validate;

import dev.shale.datamodel.ConfigValue;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.StringLiteral;
import java.util.List;
import java.util.Optional;

/** A configuration value that is a string literal or {@code env("VAR")}. */
final class EnvFunction {
    private EnvFunction() {
    }

    static Optional<ConfigValue> coerce(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof FunctionCall call && call.name().name().equals("env")) {
            return env(call, diagnostics).map(ConfigValue.Env::new);
        }
        if (expression instanceof StringLiteral literal) {
            return Optional.of(new ConfigValue.Literal(literal.value()));
        }
        diagnostics.error("Expected a String value, but received " + Expressions.describe(expression) + " value `"
                + Expressions.render(expression) + "`.", expression.span());
        return Optional.empty();
    }

    private static Optional<String> env(FunctionCall call, Diagnostics diagnostics) {
        List<Argument> all = call.arguments().all();
        List<Argument> withValue = call.arguments().arguments();
        for (Argument argument : withValue) {
            if (argument.isNamed()) {
                diagnostics.warning("The env function doesn't expect named arguments", argument.span());
            }
        }
        if (withValue.isEmpty() && all.size() > withValue.size()) {
            diagnostics.error("The env function expects a singular, unnamed, string argument.", call.span());
            return Optional.empty();
        }
        if (all.size() != 1 || call.arguments().trailingComma().isPresent()) {
            diagnostics.error("Exactly one string parameter must be passed to the env function.", call.span());
            return Optional.empty();
        }
        return Expressions.string(withValue.get(0).value().get(), diagnostics);
    }
}
