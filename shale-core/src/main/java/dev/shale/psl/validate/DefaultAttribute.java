package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @default(...)} on model and composite type fields: the value must suit the field type
 * (literals, lists, enum values) and the functions ({@code autoincrement() now() uuid(4|7)
 * cuid(1|2) nanoid(n) ulid() auto() dbgenerated("...")}) must get the right arguments. Unknown
 * functions are accepted here and checked against the provider later ({@code sequence()} on CockroachDB).
 */
final class DefaultAttribute {
    static final Set<String> KNOWN_FUNCTIONS = Set.of("autoincrement", "ulid", "cuid", "dbgenerated", "nanoid", "now", "uuid", "auto");

    private final AttributeVisitor visitor;

    DefaultAttribute(AttributeVisitor visitor) {
        this.visitor = visitor;
    }

    /** Returns the accepted default, or null. Unknown functions are added to {@code unknownFunctions}. */
    DefaultInfo modelField(ScalarFieldInfo field, List<ScalarFieldInfo> unknownFunctions) {
        Optional<Expression> valueArg = visitor.visitDefaultArg("value");
        if (valueArg.isEmpty()) {
            return null;
        }
        Expression value = valueArg.get();
        String mapped = mappedName();
        DefaultInfo accepted = new DefaultInfo(visitor.current(), value, mapped);
        if (value instanceof FunctionCall call && call.name().name().equals("dbgenerated")) {
            return dbgenerated(call) ? accepted : null;
        }
        TypeRef type = field.type;
        if (type instanceof TypeRef.EnumType enumType) {
            boolean ok = field.arity() == Arity.LIST ? enumList(value, enumType.info()) : enumValue(value, enumType.info());
            return ok ? accepted : null;
        }
        if (type instanceof TypeRef.Unsupported) {
            visitor.attributeError("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
            return null;
        }
        if (type instanceof TypeRef.Composite composite) {
            compositeDefault(composite.info(), field.name());
            return null;
        }
        ScalarType scalar = type.builtin();
        if (value instanceof FunctionCall call) {
            String name = call.name().name();
            List<Argument> args = call.arguments().arguments();
            if (name.equals("autoincrement") && mapped != null) {
                visitor.attributeError("Naming an autoincrement default value is not allowed.");
                return null;
            }
            boolean ok;
            if (name.equals("autoincrement") && (scalar == ScalarType.INT || scalar == ScalarType.BIG_INT)) {
                ok = noArguments(name, args);
            } else if (scalar == ScalarType.STRING && name.equals("ulid")) {
                ok = noArguments(name, args);
            } else if (scalar == ScalarType.STRING && name.equals("cuid")) {
                ok = versionArgument(name, args, 1, 2);
            } else if (scalar == ScalarType.STRING && name.equals("uuid")) {
                ok = versionArgument(name, args, 4, 7);
            } else if (scalar == ScalarType.STRING && name.equals("nanoid")) {
                ok = nanoid(args);
            } else if (scalar == ScalarType.DATE_TIME && name.equals("now")) {
                ok = noArguments(name, args);
            } else if (name.equals("auto")) {
                ok = args.isEmpty();
                if (!ok) {
                    visitor.attributeError("`auto()` takes no arguments");
                }
            } else if (!KNOWN_FUNCTIONS.contains(name)) {
                unknownFunctions.add(field);
                ok = true;
            } else {
                visitor.attributeError("The function `" + name + "()` cannot be used on fields of type `" + scalar.schemaName() + "`.");
                ok = false;
            }
            return ok ? accepted : null;
        }
        boolean ok = field.arity() == Arity.LIST ? scalarList(scalar, value) : singleScalar(scalar, value);
        return ok ? accepted : null;
    }

    /** {@code @default} on a composite type field. */
    DefaultInfo compositeField(CompositeFieldInfo field) {
        Optional<Expression> valueArg = visitor.visitDefaultArg("value");
        if (valueArg.isEmpty()) {
            return null;
        }
        Expression value = valueArg.get();
        if (visitor.visitOptionalArg("map").isPresent()) {
            visitor.attributeError("The `map` argument is not allowed on a composite type field.");
        }
        DefaultInfo accepted = new DefaultInfo(visitor.current(), value, null);
        if (value instanceof FunctionCall call && call.name().name().equals("dbgenerated")) {
            visitor.attributeError("Fields of composite types cannot have `dbgenerated()` as default.");
            return null;
        }
        TypeRef type = field.type;
        if (type instanceof TypeRef.Composite composite) {
            compositeDefault(composite.info(), field.name());
            return null;
        }
        if (type instanceof TypeRef.EnumType enumType) {
            boolean ok = field.arity() == Arity.LIST ? enumList(value, enumType.info()) : enumValue(value, enumType.info());
            return ok ? accepted : null;
        }
        if (type instanceof TypeRef.Unsupported) {
            visitor.attributeError("Composite field of type `Unsupported` cannot have default values.");
            return null;
        }
        ScalarType scalar = type.builtin();
        if (value instanceof FunctionCall call) {
            String name = call.name().name();
            List<Argument> args = call.arguments().arguments();
            boolean ok;
            if (scalar == ScalarType.STRING && name.equals("ulid")) {
                ok = noArguments(name, args);
            } else if (scalar == ScalarType.STRING && name.equals("cuid")) {
                ok = versionArgument(name, args, 1, 2);
            } else if (scalar == ScalarType.STRING && name.equals("uuid")) {
                ok = versionArgument(name, args, 4, 7);
            } else if (scalar == ScalarType.DATE_TIME && name.equals("now")) {
                ok = noArguments(name, args);
            } else if (name.equals("autoincrement") || name.equals("auto")) {
                visitor.attributeError("The function `" + name + "()` is not supported on composite fields.");
                ok = false;
            } else if (!KNOWN_FUNCTIONS.contains(name)) {
                visitor.diagnostics().error("Unknown function in @default(): `" + name
                        + "` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions",
                        call.span());
                ok = false;
            } else {
                visitor.attributeError("The function `" + name + "()` cannot be used on fields of type `" + scalar.schemaName() + "`.");
                ok = false;
            }
            return ok ? accepted : null;
        }
        boolean ok = field.arity() == Arity.LIST ? scalarList(scalar, value) : singleScalar(scalar, value);
        return ok ? accepted : null;
    }

    private void compositeDefault(CompositeTypeInfo type, String fieldName) {
        visitor.diagnostics().error("Error validating field `" + fieldName + "` in composite type `" + type.name()
                + "`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.",
                visitor.current().span());
    }

    private String mappedName() {
        Optional<Expression> map = visitor.visitOptionalArg("map");
        if (map.isEmpty()) {
            return null;
        }
        Optional<String> name = Expressions.string(map.get(), visitor.diagnostics());
        if (name.isEmpty()) {
            return null;
        }
        if (name.get().isEmpty()) {
            visitor.attributeError("The `map` argument cannot be an empty string.");
            return null;
        }
        return name.get();
    }

    private boolean dbgenerated(FunctionCall call) {
        List<Argument> args = call.arguments().arguments();
        if (args.size() > 1) {
            visitor.attributeError("`dbgenerated()` takes a single String argument");
        }
        if (args.isEmpty()) {
            return true;
        }
        Expression first = args.get(0).value().get();
        if (first instanceof StringLiteral string) {
            if (string.value().isEmpty()) {
                visitor.attributeError("dbgenerated() takes either no argument, or a single nonempty string argument.");
                return false;
            }
            return true;
        }
        visitor.attributeError("`dbgenerated()` takes a single String argument");
        return false;
    }

    private boolean noArguments(String name, List<Argument> args) {
        if (args.isEmpty()) {
            return true;
        }
        visitor.attributeError("The `" + name + "` function does not take any argument. Consider changing this default to `" + name + "()`.");
        return false;
    }

    private boolean versionArgument(String name, List<Argument> args, int first, int second) {
        if (args.size() > 1) {
            visitor.attributeError("`" + name + "()` takes a single Int argument.");
        }
        if (args.isEmpty()) {
            return true;
        }
        Expression value = args.get(0).value().get();
        if (value instanceof NumericLiteral number) {
            Optional<Long> parsed = Expressions.parseUnsigned(number.text(), 255);
            if (parsed.isPresent() && (parsed.get() == first || parsed.get() == second)) {
                return true;
            }
            visitor.attributeError("`" + name + "()` takes either no argument, or a single integer argument which is either "
                    + first + " or " + second + ".");
            return false;
        }
        visitor.attributeError("`" + name + "()` takes a single Int argument.");
        return false;
    }

    private boolean nanoid(List<Argument> args) {
        if (args.size() > 1) {
            visitor.attributeError("`nanoid()` takes a single Int argument.");
        }
        if (args.isEmpty()) {
            return true;
        }
        Expression value = args.get(0).value().get();
        if (value instanceof NumericLiteral number) {
            Optional<Long> parsed = Expressions.parseUnsigned(number.text(), 255);
            if (parsed.isPresent() && parsed.get() >= 2) {
                return true;
            }
            visitor.attributeError("`nanoid()` takes either no argument, or a single integer argument between 2 and 255.");
            return false;
        }
        visitor.attributeError("`nanoid()` takes a single Int argument.");
        return false;
    }

    private boolean enumValue(Expression value, EnumInfo enumInfo) {
        if (value instanceof ConstantValue constant) {
            if (enumInfo.hasValue(constant.name())) {
                return true;
            }
            visitor.attributeError("The defined default value `" + constant.name()
                    + "` is not a valid value of the enum specified for the field.");
            return false;
        }
        visitor.attributeError("Expected an enum value, but found `" + Expressions.render(value) + "`.");
        return false;
    }

    private boolean enumList(Expression value, EnumInfo enumInfo) {
        if (value instanceof ArrayExpression array) {
            for (Expression element : array.elements()) {
                if (!enumValue(element, enumInfo)) {
                    return false;
                }
            }
            return true;
        }
        visitor.attributeError("Expected an enum value, but found `" + Expressions.render(value) + "`.");
        return false;
    }

    private boolean singleScalar(ScalarType scalar, Expression value) {
        if (value instanceof ArrayExpression) {
            visitor.attributeError("The default value of a non-list field cannot be a list.");
            return false;
        }
        return scalarLiteral(scalar, value);
    }

    private boolean scalarList(ScalarType scalar, Expression value) {
        if (value instanceof ArrayExpression array) {
            for (Expression element : array.elements()) {
                if (!scalarLiteral(scalar, element)) {
                    return false;
                }
            }
            return true;
        }
        visitor.attributeError("The default value of a list field must be a list.");
        return false;
    }

    private boolean scalarLiteral(ScalarType scalar, Expression value) {
        boolean string = value instanceof StringLiteral;
        boolean number = value instanceof NumericLiteral;
        boolean ok = switch (scalar) {
            case STRING, JSON, BYTES, DATE_TIME -> string;
            case INT, BIG_INT, FLOAT -> number;
            case DECIMAL -> number || string;
            case BOOLEAN -> false;
        };
        if (ok) {
            return true;
        }
        if (scalar == ScalarType.BOOLEAN && value instanceof ConstantValue constant) {
            if (constant.name().equals("true") || constant.name().equals("false")) {
                return true;
            }
            visitor.diagnostics().attributeError("A boolean literal must be `true` or `false`.", "@default", constant.span());
            return false;
        }
        visitor.attributeError("Expected a " + scalar.schemaName() + " value, but found `" + Expressions.render(value) + "`.");
        return false;
    }
}
