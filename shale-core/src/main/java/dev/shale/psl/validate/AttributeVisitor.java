package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArgumentList;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import java.util.ArrayList;
import java.util.List;
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
    /** The attributes in source order; those taken are marked in {@link #taken}. */
    private final List<Attribute> attributes;
    /** Bit {@code i} set when attribute {@code i} has been taken (the first 64; {@link #takenMore} for the rest). */
    private long taken;
    private boolean[] takenMore;
    private int unusedCount;
    private Attribute current;
    /**
     * Remaining arguments of the current attribute by name, the unnamed one under "", in the order
     * they were first given (as a linked hash map would keep them): a removed entry is {@code null}.
     * Attributes have a handful of arguments, so plain arrays and linear search beat a map.
     */
    private String[] argNames;
    private Argument[] argValues;
    private int argCount;

    AttributeVisitor(List<Attribute> attributes, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.attributes = attributes;
        this.unusedCount = attributes.size();
    }

    private boolean isTaken(int index) {
        return index < 64 ? (taken & (1L << index)) != 0 : takenMore != null && takenMore[index - 64];
    }

    private void take(int index) {
        if (isTaken(index)) {
            return;
        }
        if (index < 64) {
            taken |= 1L << index;
        } else {
            if (takenMore == null) {
                takenMore = new boolean[attributes.size() - 64];
            }
            takenMore[index - 64] = true;
        }
        unusedCount--;
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
        if (unusedCount == 0) {
            return false;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < attributes.size(); i++) {
            if (!isTaken(i) && attributes.get(i).name().name().equals(name)) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (first < 0) {
            return false;
        }
        if (count > 1) {
            for (int i = first; i < attributes.size(); i++) {
                if (!isTaken(i) && attributes.get(i).name().name().equals(name)) {
                    take(i);
                    diagnostics.error("Attribute \"@" + name + "\" can only be defined once.", attributes.get(i).span());
                }
            }
            return false;
        }
        take(first);
        return start(attributes.get(first));
    }

    /** The next occurrence of an attribute that may be repeated; false when none is left. */
    boolean visitRepeated(String name) {
        while (true) {
            int next = -1;
            for (int i = 0; i < attributes.size() && unusedCount > 0; i++) {
                if (!isTaken(i) && attributes.get(i).name().name().equals(name)) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                return false;
            }
            take(next);
            if (start(attributes.get(next))) {
                return true;
            }
        }
    }

    /**
     * The native type attribute ({@code @db.VarChar(255)}): any attribute whose name has a dot.
     * When there are several, all but the first are reported and the last one wins.
     */
    Optional<Attribute> visitDatasourceScoped() {
        if (unusedCount == 0) {
            return Optional.empty();
        }
        Attribute found = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            if (isTaken(i) || attribute.name().name().indexOf('.') < 0) {
                continue;
            }
            take(i);
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
        clearArguments();
        List<Argument> all = attribute.arguments().all();
        boolean usable = checkArguments(attribute.arguments(), attribute);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value().orElse(null) instanceof FunctionCall call) {
                usable &= checkArguments(call.arguments(), attribute);
            }
        }
        if (!usable) {
            current = null;
            return false;
        }
        List<String> unnamed = null;
        for (int i = 0; i < all.size(); i++) {
            Argument argument = all.get(i);
            if (argument.value().isEmpty()) {
                continue;
            }
            String key = argument.name().isPresent() ? argument.name().get().name() : "";
            Argument existing = putArgument(key, argument); // as in Prisma, a repeated argument replaces the earlier one
            if (existing != null) {
                if (key.isEmpty()) {
                    if (unnamed == null) {
                        unnamed = new ArrayList<>();
                        unnamed.add(Expressions.render(existing.value().get()));
                    }
                    unnamed.add(Expressions.render(argument.value().get()));
                } else {
                    diagnostics.error("Argument \"" + key + "\" is already specified.", argument.span());
                }
            }
        }
        if (unnamed != null) {
            attributeError("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `["
                    + String.join(", ", unnamed) + "]`?");
        }
        return true;
    }

    /** Empty arguments ({@code name:} with no value) and trailing commas, in one argument list. */
    private boolean checkArguments(ArgumentList list, Attribute attribute) {
        boolean usable = true;
        List<Argument> all = list.all();
        for (int i = 0; i < all.size(); i++) {
            Argument argument = all.get(i);
            if (argument.value().isEmpty()) {
                diagnostics.attributeError("The `" + argument.name().map(n -> n.name()).orElse("") + "` argument is missing a value.",
                        "@" + attribute.name().name(), argument.name().map(n -> n.span()).orElse(argument.span()));
                usable = false;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value().orElse(null) instanceof ArrayExpression array) {
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
        if (list.trailingComma().isPresent()) {
            diagnostics.attributeError("Trailing commas are not valid in attribute arguments, please remove the comma.",
                    "@" + attribute.name().name(), list.trailingComma().get());
        }
        return usable;
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
        Argument named = removeArgument(name);
        Argument unnamed = removeArgument("");
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
        Argument argument = removeArgument(name);
        return argument == null ? Optional.empty() : argument.value();
    }

    /** Span of the argument named {@code name} on the current attribute, if given. */
    static Optional<Span> argumentSpan(Attribute attribute, String name) {
        List<Argument> all = attribute.arguments().arguments();
        for (int i = 0; i < all.size(); i++) {
            Argument argument = all.get(i);
            if (argument.name().isPresent() && argument.name().get().name().equals(name)) {
                return Optional.of(argument.span());
            }
        }
        return Optional.empty();
    }

    /** Reports the arguments nobody read and ends the current attribute. */
    void validateArguments() {
        for (int i = 0; i < argCount; i++) {
            if (argValues[i] != null) {
                diagnostics.error("No such argument.", argValues[i].span());
            }
        }
        discardArguments();
    }

    void discardArguments() {
        current = null;
        clearArguments();
    }

    /** Reports the attributes nobody took. */
    void validateAttributes() {
        for (int i = 0; i < attributes.size() && unusedCount > 0; i++) {
            if (!isTaken(i)) {
                take(i);
                Attribute attribute = attributes.get(i);
                diagnostics.error("Attribute not known: \"@" + attribute.name().name() + "\".", attribute.span());
            }
        }
    }

    private void clearArguments() {
        for (int i = 0; i < argCount; i++) {
            argNames[i] = null;
            argValues[i] = null;
        }
        argCount = 0;
    }

    /** Sets the argument {@code name}, keeping its place if it is there; returns the one it replaced. */
    private Argument putArgument(String name, Argument argument) {
        for (int i = 0; i < argCount; i++) {
            if (argValues[i] != null && argNames[i].equals(name)) {
                Argument existing = argValues[i];
                argValues[i] = argument;
                return existing;
            }
        }
        if (argNames == null) {
            argNames = new String[4];
            argValues = new Argument[4];
        } else if (argCount == argNames.length) {
            argNames = java.util.Arrays.copyOf(argNames, argCount * 2);
            argValues = java.util.Arrays.copyOf(argValues, argCount * 2);
        }
        argNames[argCount] = name;
        argValues[argCount++] = argument;
        return null;
    }

    private Argument removeArgument(String name) {
        for (int i = 0; i < argCount; i++) {
            if (argValues[i] != null && argNames[i].equals(name)) {
                Argument existing = argValues[i];
                argValues[i] = null;
                return existing;
            }
        }
        return null;
    }
}
