package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArgumentList;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the attributes of one field, model or enum the way Prisma does: each known attribute is
 * taken once (or repeatedly for {@code @@index}-like ones), its arguments are taken by name, and
 * whatever is left over is reported ("Attribute not known", "No such argument."). This keeps the
 * generic checks (duplicates, empty arguments, trailing commas, unnamed arguments) in one place.
 *
 * <p>Use: {@link #visitOptionalSingle}/{@link #visitRepeated} → read arguments →
 * {@link #validateArguments()} or {@link #discardArguments()}; finally {@link #validateAttributes()}.
 */
final class AttributeVisitor {
    private final Diagnostics diagnostics;
    private final List<Attribute> unused;
    private Attribute current;
    /** Remaining arguments of the current attribute by name; the unnamed one under "". */
    private final Map<String, Argument> args = new LinkedHashMap<>();

    AttributeVisitor(List<Attribute> attributes, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.unused = new ArrayList<>(attributes);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Attribute current() {
        return current;
    }

    /** {@code "@" + name} as Prisma writes it in parser-level messages (even for {@code @@} attributes). */
    String currentName() {
        return "@" + current.name().name();
    }

    void attributeError(String message) {
        diagnostics.attributeError(message, currentName(), current.span());
    }

    /** An attribute that may appear at most once. Returns whether it is present and usable. */
    boolean visitOptionalSingle(String name) {
        List<Attribute> matching = new ArrayList<>(2);
        for (Attribute attribute : unused) {
            if (attribute.name().name().equals(name)) {
                matching.add(attribute);
            }
        }
        if (matching.isEmpty()) {
            return false;
        }
        unused.removeAll(matching);
        if (matching.size() > 1) {
            for (Attribute attribute : matching) {
                diagnostics.error("Attribute \"@" + name + "\" can only be defined once.", attribute.span());
            }
            return false;
        }
        return start(matching.get(0));
    }

    /** The next occurrence of an attribute that may be repeated; false when none is left. */
    boolean visitRepeated(String name) {
        while (true) {
            Attribute next = null;
            for (Attribute attribute : unused) {
                if (attribute.name().name().equals(name)) {
                    next = attribute;
                    break;
                }
            }
            if (next == null) {
                return false;
            }
            unused.remove(next);
            if (start(next)) {
                return true;
            }
        }
    }

    /**
     * The native type attribute ({@code @db.VarChar(255)}): any attribute whose name has a dot.
     * When there are several, all but the first are reported and the last one wins.
     */
    Optional<Attribute> visitDatasourceScoped() {
        Attribute found = null;
        List<Attribute> scoped = new ArrayList<>(1);
        for (Attribute attribute : unused) {
            if (attribute.name().name().indexOf('.') >= 0) {
                scoped.add(attribute);
            }
        }
        unused.removeAll(scoped);
        for (Attribute attribute : scoped) {
            if (found != null) {
                String scope = attribute.name().name().substring(0, attribute.name().name().indexOf('.'));
                diagnostics.error("Attribute \"@" + scope + "\" can only be defined once.", attribute.span());
            }
            found = attribute;
        }
        return Optional.ofNullable(found);
    }

    /** Starts reading an attribute's arguments; false when they are too broken to read. */
    private boolean start(Attribute attribute) {
        current = attribute;
        args.clear();
        boolean usable = true;
        List<ArgumentList> lists = new ArrayList<>();
        lists.add(attribute.arguments());
        for (Argument argument : attribute.arguments().all()) {
            if (argument.value().orElse(null) instanceof FunctionCall call) {
                lists.add(call.arguments());
            }
        }
        String name = "@" + attribute.name().name();
        for (ArgumentList list : lists) {
            for (Argument argument : list.all()) {
                if (argument.value().isEmpty()) {
                    diagnostics.attributeError("The `" + argument.name().map(n -> n.name()).orElse("") + "` argument is missing a value.",
                            name, argument.name().map(n -> n.span()).orElse(argument.span()));
                    usable = false;
                }
            }
            for (Argument argument : list.all()) {
                if (argument.value().orElse(null) instanceof ArrayExpression array) {
                    for (Expression element : array.elements()) {
                        if (element instanceof FunctionCall call) {
                            for (Argument inner : call.arguments().all()) {
                                if (inner.value().isEmpty()) {
                                    // Prisma writes "@@" here whatever the attribute.
                                    diagnostics.attributeError("The `" + inner.name().map(n -> n.name()).orElse("")
                                            + "` argument is missing a value.", "@@" + attribute.name().name(),
                                            inner.name().map(n -> n.span()).orElse(inner.span()));
                                    usable = false;
                                }
                            }
                        }
                    }
                }
            }
            list.trailingComma().ifPresent(span -> diagnostics.attributeError(
                    "Trailing commas are not valid in attribute arguments, please remove the comma.", name, span));
        }
        if (!usable) {
            current = null;
            return false;
        }
        List<String> unnamed = new ArrayList<>();
        for (Argument argument : attribute.arguments().arguments()) {
            String key = argument.name().map(n -> n.name()).orElse("");
            Argument existing = args.get(key);
            if (existing != null) {
                if (key.isEmpty()) {
                    if (unnamed.isEmpty()) {
                        unnamed.add(Expressions.render(existing.value().get()));
                    }
                    unnamed.add(Expressions.render(argument.value().get()));
                } else {
                    diagnostics.error("Argument \"" + key + "\" is already specified.", argument.span());
                }
            }
            args.put(key, argument); // as in Prisma, a repeated argument replaces the earlier one
        }
        if (!unnamed.isEmpty()) {
            attributeError("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `["
                    + String.join(", ", unnamed) + "]`?");
        }
        return true;
    }

    /** The argument named {@code name}, or else the unnamed argument; reports when both or neither are given. */
    Optional<Expression> visitDefaultArg(String name) {
        return takeDefault(name, true);
    }

    /** Like {@link #visitDefaultArg} but reports nothing (Prisma ignores the problem for optional arguments). */
    Optional<Expression> visitDefaultArgQuiet(String name) {
        return takeDefault(name, false);
    }

    private Optional<Expression> takeDefault(String name, boolean report) {
        Argument named = args.remove(name);
        Argument unnamed = args.remove("");
        if (named != null && unnamed != null) {
            if (report) {
                diagnostics.error("Argument \"" + name + "\" is already specified as unnamed argument.", named.span());
            }
            return Optional.empty();
        }
        if (named == null && unnamed == null) {
            if (report) {
                diagnostics.error("Argument \"" + name + "\" is missing.", current.span());
            }
            return Optional.empty();
        }
        return (named != null ? named : unnamed).value();
    }

    /** The argument named {@code name}, if given. */
    Optional<Expression> visitOptionalArg(String name) {
        Argument argument = args.remove(name);
        return argument == null ? Optional.empty() : argument.value();
    }

    /** Span of the argument named {@code name} on the current attribute, if given. */
    static Optional<Span> argumentSpan(Attribute attribute, String name) {
        for (Argument argument : attribute.arguments().arguments()) {
            if (argument.name().isPresent() && argument.name().get().name().equals(name)) {
                return Optional.of(argument.span());
            }
        }
        return Optional.empty();
    }

    /** Reports the arguments nobody read and ends the current attribute. */
    void validateArguments() {
        for (Argument argument : args.values()) {
            diagnostics.error("No such argument.", argument.span());
        }
        discardArguments();
    }

    void discardArguments() {
        current = null;
        args.clear();
    }

    /** Reports the attributes nobody took. */
    void validateAttributes() {
        for (Attribute attribute : unused) {
            diagnostics.error("Attribute not known: \"@" + attribute.name().name() + "\".", attribute.span());
        }
        unused.clear();
    }
}
