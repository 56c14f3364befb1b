package dev.shale.psl.validate;

import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;

/** An accepted {@code @default(value, map: "...")}. */
record DefaultInfo(Attribute attribute, Expression value, String mappedName) {

    String functionName() {
        return value instanceof FunctionCall call ? call.name().name() : null;
    }

    boolean isFunction(String name) {
        return name.equals(functionName());
    }
}
