package dev.shale.psl.format;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.format.RelationIndex.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prisma adds relation fields only when its first validation stage (names, types, attributes
 * and their arguments) found no error. This is Shale's approximation of that stage for the
 * formatter: unknown or repeated attributes, attributes a relation field cannot carry,
 * {@code @updatedAt} off a {@code DateTime}, a {@code @default} of the wrong kind, an unknown
 * referential action, an index naming a missing field, two ids, repeated enum values.
 */
final class FixupPreconditions {
    private static final Set<String> FIELD_ATTRIBUTES = Set.of("id", "unique", "default", "map", "updatedAt", "ignore", "shardKey");
    private static final Set<String> MODEL_ATTRIBUTES = Set.of("id", "unique", "index", "fulltext", "map", "ignore", "schema", "shardKey");
    private static final Set<String> ENUM_ATTRIBUTES = Set.of("map", "schema");
    private static final Set<String> ACTIONS = Set.of("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault");

    private FixupPreconditions() {}

    /** Whether the schema passes the checks, so the relation fix-ups may run. */
    static boolean hold(ParsedSchema schema, RelationIndex index) {
        for (Model model : index.models) {
            if (!modelHolds(model, index)) {
                return false;
            }
        }
        for (ParsedFile file : schema.files()) {
            for (EnumBlock enumBlock : file.ast().enums()) {
                Set<String> values = new HashSet<>();
                for (EnumValue value : enumBlock.values()) {
                    if (!values.add(value.name().name())) {
                        return false;
                    }
                }
                if (!enumBlock.attributes().stream().allMatch(a -> ENUM_ATTRIBUTES.contains(a.name().name()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean modelHolds(Model model, RelationIndex index) {
        int ids = 0;
        Set<String> relationFieldNames = new HashSet<>();
        model.relationFields().forEach(rf -> relationFieldNames.add(rf.name()));
        for (Field field : model.block().fields()) {
            boolean relation = relationFieldNames.contains(field.name().name());
            Set<String> seen = new HashSet<>();
            for (Attribute attribute : field.attributes()) {
                String name = attribute.name().name();
                if (!seen.add(name)) {
                    return false;
                }
                boolean nativeType = name.contains(".");
                if (relation ? !(name.equals("relation") || name.equals("ignore")) : !(FIELD_ATTRIBUTES.contains(name) || nativeType)) {
                    return false;
                }
                if (name.equals("id")) {
                    ids++;
                }
                if (name.equals("updatedAt") && !field.fieldType().name().equals("DateTime")) {
                    return false;
                }
                if (name.equals("map") && !isString(attribute.arguments().positional(0).or(() -> attribute.arguments().named("name")))) {
                    return false;
                }
                if (name.equals("default") && !defaultFits(field, attribute, index)) {
                    return false;
                }
                if (name.equals("relation") && !actionsKnown(attribute)) {
                    return false;
                }
            }
        }
        for (Attribute attribute : model.block().attributes()) {
            String name = attribute.name().name();
            if (!MODEL_ATTRIBUTES.contains(name)) {
                return false;
            }
            if (name.equals("id")) {
                ids++;
            }
            if (name.equals("index") || name.equals("fulltext") || name.equals("unique") || name.equals("id") || name.equals("shardKey")) {
                Optional<Expression> fields = attribute.arguments().named("fields").or(() -> attribute.arguments().positional(0));
                if (fields.isEmpty() || !namesExist(fields.get(), model)) {
                    return false;
                }
            }
        }
        return ids <= 1;
    }

    private static boolean namesExist(Expression list, Model model) {
        List<Expression> elements = list instanceof ArrayExpression array ? array.elements() : List.of(list);
        for (Expression element : elements) {
            String name = element instanceof ConstantValue c ? c.name() : element instanceof FunctionCall f ? f.name().name() : null;
            if (name == null) {
                return false;
            }
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name; // a composite type path
            if (model.scalarField(first).isEmpty()) {
                return false; // unknown, or a relation field
            }
        }
        return true;
    }

    private static boolean isString(Optional<Expression> value) {
        return value.isPresent() && value.get() instanceof StringLiteral;
    }

    private static boolean actionsKnown(Attribute relation) {
        for (String argument : List.of("onDelete", "onUpdate")) {
            Optional<Expression> action = relation.arguments().named(argument);
            if (action.isPresent() && !(action.get() instanceof ConstantValue c && ACTIONS.contains(c.name()))) {
                return false;
            }
        }
        return true;
    }

    /** A literal default must have the field type's kind; any function call is left to later stages. */
    private static boolean defaultFits(Field field, Attribute attribute, RelationIndex index) {
        Optional<Expression> value = attribute.arguments().positional(0).or(() -> attribute.arguments().named("value"));
        if (value.isEmpty()) {
            return false;
        }
        if (field.fieldType().isList()) {
            return value.get() instanceof ArrayExpression array
                    && array.elements().stream().allMatch(e -> literalFits(field.fieldType().name(), e, index));
        }
        return literalFits(field.fieldType().name(), value.get(), index);
    }

    private static boolean literalFits(String type, Expression value, RelationIndex index) {
        if (value instanceof FunctionCall) {
            return true;
        }
        return switch (type) {
            case "Int", "BigInt", "Float", "Decimal" -> value instanceof NumericLiteral;
            case "String", "DateTime", "Json", "Bytes" -> value instanceof StringLiteral;
            case "Boolean" -> value instanceof ConstantValue c && (c.name().equals("true") || c.name().equals("false"));
            default -> value instanceof ConstantValue; // an enum value (checked later), or Unsupported
        };
    }
}
