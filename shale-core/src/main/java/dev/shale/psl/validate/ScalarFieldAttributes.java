package dev.shale.psl.validate;

import dev.shale.datamodel.IndexKind;
import dev.shale.datamodel.ScalarType;
import dev.shale.datamodel.SortOrder;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a model's scalar field, in Prisma's order: {@code @map @ignore @relation @id
 * @updatedAt @default @db.* @unique @shardKey}; anything else is unknown.
 */
final class ScalarFieldAttributes {
    private final Diagnostics diagnostics;
    private final List<ScalarFieldInfo> unknownDefaultFunctions;

    ScalarFieldAttributes(Diagnostics diagnostics, List<ScalarFieldInfo> unknownDefaultFunctions) {
        this.diagnostics = diagnostics;
        this.unknownDefaultFunctions = unknownDefaultFunctions;
    }

    void visit(ScalarFieldInfo field, Map<String, ScalarFieldInfo> mappedNames) {
        ModelInfo model = field.model;
        AttributeVisitor visitor = new AttributeVisitor(field.ast.attributes(), diagnostics);
        if (visitor.visitOptionalSingle("map")) {
            map(field, visitor.current(), MapAttribute.read(visitor), mappedNames);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("ignore")) {
            if (field.type.isUnsupported()) {
                visitor.attributeError("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.");
            } else {
                field.ignored = true;
            }
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("relation")) {
            visitor.attributeError("Invalid field type, not a relation.");
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("id")) {
            id(field, visitor);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("updatedAt")) {
            if (!field.type.is(ScalarType.DATE_TIME)) {
                visitor.attributeError("Fields that are marked with @updatedAt must be of type DateTime.");
            }
            if (field.arity() == Arity.LIST) {
                visitor.attributeError("Fields that are marked with @updatedAt cannot be lists.");
            }
            field.updatedAt = true;
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("default")) {
            field.defaultValue = new DefaultAttribute(visitor).modelField(field, unknownDefaultFunctions);
            visitor.validateArguments();
        }
        if (field.type instanceof TypeRef.Builtin) {
            visitor.visitDatasourceScoped().ifPresent(attribute -> field.nativeType = nativeType(attribute));
        }
        if (visitor.visitOptionalSingle("unique")) {
            unique(field, visitor);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("shardKey")) {
            if (model.shardKey != null) {
                diagnostics.modelError("At most one field must be marked as the shard key with the `@shardKey` attribute.",
                        "model", model.name(), model.ast.span());
            } else {
                model.shardKey = new ShardKeyInfo(visitor.current(), List.of(field), field);
            }
            visitor.validateArguments();
        }
        visitor.validateAttributes();
    }

    static NativeTypeRef nativeType(Attribute attribute) {
        String full = attribute.name().name();
        int dot = full.indexOf('.');
        List<String> args = new ArrayList<>();
        for (Argument argument : attribute.arguments().arguments()) {
            args.add(Expressions.render(argument.value().get()));
        }
        return new NativeTypeRef(full.substring(0, dot), full.substring(dot + 1), args, attribute);
    }

    private void map(ScalarFieldInfo field, Attribute attribute, String mapped, Map<String, ScalarFieldInfo> mappedNames) {
        if (mapped == null) {
            return;
        }
        ModelInfo model = field.model;
        field.mappedName = mapped;
        if (mappedNames.put(mapped, field) != null) {
            duplicate(field);
        }
        FieldInfo clash = model.fieldsByName.get(mapped);
        if (clash != null && clash != field && clash instanceof ScalarFieldInfo other) {
            if (other.mappedName != null && !other.mappedName.equals(mapped)) {
                return;
            }
            duplicate(field);
        }
    }

    private void duplicate(ScalarFieldInfo field) {
        diagnostics.error("Field \"" + field.name() + "\" is already defined on " + field.model.kind() + " \""
                + field.model.name() + "\".", field.ast.span());
    }

    private void id(ScalarFieldInfo field, AttributeVisitor visitor) {
        ModelInfo model = field.model;
        if (model.primaryKey != null) {
            diagnostics.modelError("At most one field must be marked as the id field with the `@id` attribute.", "model",
                    model.name(), model.ast.span());
            return;
        }
        String mapped = MapAttribute.mapArgument(visitor);
        Integer length = length(visitor);
        SortOrder sort = sort(visitor);
        Boolean clustered = clustered(visitor);
        model.primaryKey = new PrimaryKeyInfo(visitor.current(),
                List.of(new IndexFieldInfo(field, List.of(), sort, length, null, false)), field, null, mapped, clustered);
    }

    private void unique(ScalarFieldInfo field, AttributeVisitor visitor) {
        String mapped = MapAttribute.mapArgument(visitor);
        Integer length = length(visitor);
        SortOrder sort = sort(visitor);
        Boolean clustered = clustered(visitor);
        IndexInfo index = new IndexInfo(field.model, visitor.current(), IndexKind.UNIQUE);
        index.fields = List.of(new IndexFieldInfo(field, List.of(), sort, length, null, false));
        index.sourceField = field;
        index.mappedName = mapped;
        index.clustered = clustered;
        field.model.indexes.add(index);
    }

    static Integer length(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitOptionalArg("length");
        if (value.isEmpty()) {
            return null;
        }
        return Expressions.integer(value.get(), visitor.diagnostics()).map(v -> (int) (long) v).orElse(null);
    }

    static SortOrder sort(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitOptionalArg("sort");
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> constant = Expressions.constant(value.get(), visitor.diagnostics());
        if (constant.isEmpty()) {
            return null;
        }
        return switch (constant.get()) {
            case "Desc" -> SortOrder.DESC;
            case "Asc" -> SortOrder.ASC;
            default -> {
                visitor.attributeError("The `sort` argument can only be `Asc` or `Desc` you provided: " + constant.get() + ".");
                yield null;
            }
        };
    }

    static Boolean clustered(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitOptionalArg("clustered");
        if (value.isEmpty()) {
            return null;
        }
        return Expressions.bool(value.get(), visitor.diagnostics()).orElse(null);
    }
}
