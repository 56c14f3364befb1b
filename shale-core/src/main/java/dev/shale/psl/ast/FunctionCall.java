package dev.shale.psl.ast;

import dev.shale.psl.Span;

/** {@code name(args)}: {@code now()}, {@code env("X")}, {@code dbgenerated("...")}, {@code a(sort: Desc)} in an index field list. */
public record FunctionCall(Identifier name, ArgumentList arguments, Span span) implements Expression {
    @Override
    public String source() {
        StringBuilder out = new StringBuilder(name.name()).append('(');
        boolean first = true;
        for (Argument a : arguments.all()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            a.name().ifPresent(n -> out.append(n.name()).append(": "));
            a.value().ifPresent(v -> out.append(v.source()));
        }
        return out.append(')').toString();
    }

    @Override
    public String kindName() {
        return "function";
    }
}
