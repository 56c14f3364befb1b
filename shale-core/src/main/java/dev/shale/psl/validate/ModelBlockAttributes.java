package dev.shale.psl.validate;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.IndexKind;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block attributes of a model or view, in Prisma's order: {@code @@ignore @@id @@map @@schema
 * @@index @@unique @@fulltext @@shardKey}; then the checks that need them all (id and shard key arity).
 */
final class ModelBlockAttributes {
    private final Diagnostics diagnostics;

    ModelBlockAttributes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void visit(ModelInfo model) {
        AttributeVisitor visitor = new AttributeVisitor(model.ast.attributes(), diagnostics);
        if (visitor.visitOptionalSingle("ignore")) {
            for (ScalarFieldInfo field : model.scalarFields) {
                if (field.ignored) {
                    diagnostics.attributeError("Fields on an already ignored Model do not need an `@ignore` annotation.",
                            "@ignore", field.ast.span());
                }
            }
            model.ignored = true;
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("id")) {
            id(model, visitor);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("map")) {
            String mapped = MapAttribute.read(visitor);
            if (mapped != null) {
                model.mappedName = mapped;
            }
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("schema")) {
            MapAttribute.schema(visitor).ifPresent(literal -> {
                model.schema = literal.value();
                model.schemaSpan = literal.span();
            });
            visitor.validateArguments();
        }
        while (visitor.visitRepeated("index")) {
            index(model, visitor, IndexKind.NORMAL);
            visitor.validateArguments();
        }
        while (visitor.visitRepeated("unique")) {
            index(model, visitor, IndexKind.UNIQUE);
            visitor.validateArguments();
        }
        while (visitor.visitRepeated("fulltext")) {
            index(model, visitor, IndexKind.FULLTEXT);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("shardKey")) {
            shardKey(model, visitor);
            visitor.validateArguments();
        }
        idArity(model);
        shardKeyArity(model);
        visitor.validateAttributes();
    }

    private void id(ModelInfo model, AttributeVisitor visitor) {
        Span attributeSpan = visitor.current().span();
        Optional<Expression> fields = visitor.visitDefaultArg("fields");
        if (fields.isEmpty()) {
            return;
        }
        var result = IndexFieldResolver.withArgs(fields.get(), attributeSpan, model, false, diagnostics);
        if (result.dealtWith()) {
            return;
        }
        if (result.problems() != null) {
            if (!result.problems().unknown().isEmpty()) {
                diagnostics.modelError("The multi field id declaration refers to the unknown "
                        + fieldList(result.problems().unknown()) + ".", "model", model.name(), fields.get().span());
            }
            if (!result.problems().relationFieldNames().isEmpty()) {
                diagnostics.modelError("The id definition refers to the relation " + fieldList(result.problems().relationFieldNames())
                        + ". ID definitions must reference only scalar fields.", "model", model.name(), attributeSpan);
            }
            return;
        }
        List<String> optional = new ArrayList<>();
        for (IndexFieldInfo field : result.fields()) {
            if (field.field().arity() != Arity.REQUIRED) {
                optional.add(field.name());
            }
        }
        if (!optional.isEmpty()) {
            diagnostics.modelError("The id definition refers to the optional " + fieldList(optional)
                    + ". ID definitions must reference only required fields.", "model", model.name(), attributeSpan);
        }
        if (model.primaryKey != null) {
            diagnostics.modelError("Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
                    "model", model.name(), model.ast.span());
        }
        String mapped = MapAttribute.mapArgument(visitor);
        String name = MapAttribute.nonEmptyString(visitor, "name");
        if (name != null) {
            clientName(attributeSpan, model, name, "@@id");
        }
        Boolean clustered = ScalarFieldAttributes.clustered(visitor);
        model.primaryKey = new PrimaryKeyInfo(visitor.current(), result.fields(), null, name, mapped, clustered);
    }

    private void index(ModelInfo model, AttributeVisitor visitor, IndexKind kind) {
        IndexInfo index = new IndexInfo(model, visitor.current(), kind);
        commonIndex(index, model, visitor);
        if (kind == IndexKind.FULLTEXT) {
            index.mappedName = MapAttribute.mapArgument(visitor);
        } else if (kind == IndexKind.NORMAL) {
            String name = MapAttribute.nonEmptyString(visitor, "name");
            String mapped = MapAttribute.mapArgument(visitor);
            if (name != null && mapped != null) {
                visitor.attributeError("The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.");
            } else {
                index.mappedName = name != null ? name : mapped;
            }
            Optional<Expression> type = visitor.visitOptionalArg("type");
            if (type.isPresent()) {
                Optional<String> constant = Expressions.constant(type.get(), diagnostics);
                if (constant.isPresent()) {
                    index.algorithm = algorithm(constant.get());
                    if (index.algorithm == null) {
                        visitor.attributeError("Unknown index type: " + constant.get() + ".");
                    }
                }
            }
            index.clustered = ScalarFieldAttributes.clustered(visitor);
            index.where = where(visitor);
        } else {
            String name = MapAttribute.nonEmptyString(visitor, "name");
            String mapped = MapAttribute.mapArgument(visitor);
            if (name != null) {
                clientName(visitor.current().span(), model, name, "@@unique");
            }
            index.name = name;
            index.mappedName = mapped;
            index.clustered = ScalarFieldAttributes.clustered(visitor);
            index.where = where(visitor);
        }
        model.indexes.add(index);
    }

    private static IndexAlgorithm algorithm(String name) {
        for (IndexAlgorithm algorithm : IndexAlgorithm.values()) {
            if (algorithm.prismaName().equals(name)) {
                return algorithm;
            }
        }
        return null;
    }

    /** {@code where: raw("...")}: the predicate of a partial index. */
    private String where(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitOptionalArg("where");
        if (value.isEmpty()) {
            return null;
        }
        if (value.get() instanceof FunctionCall call && call.name().name().equals("raw")) {
            var args = call.arguments().arguments();
            if (args.isEmpty() || !(args.get(0).value().get() instanceof StringLiteral literal)) {
                if (!args.isEmpty()) {
                    Expressions.mismatch("string", args.get(0).value().get(), diagnostics);
                }
                visitor.attributeError("The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.");
                return null;
            }
            if (literal.value().isEmpty()) {
                visitor.attributeError("The `where` argument cannot contain an empty string.");
                return null;
            }
            return literal.value();
        }
        if (!(value.get() instanceof FunctionCall)) {
            Expressions.mismatch("function", value.get(), diagnostics);
        }
        visitor.attributeError("The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.");
        return null;
    }

    private void commonIndex(IndexInfo index, ModelInfo model, AttributeVisitor visitor) {
        Span attributeSpan = visitor.current().span();
        Optional<Expression> fields = visitor.visitDefaultArg("fields");
        if (fields.isEmpty()) {
            return;
        }
        var result = IndexFieldResolver.withArgs(fields.get(), attributeSpan, model, true, diagnostics);
        if (result.fields() != null) {
            index.fields = result.fields();
            return;
        }
        if (result.problems() == null) {
            return;
        }
        String prefix = index.isUnique() ? "unique " : "";
        if (!result.problems().unknown().isEmpty()) {
            diagnostics.modelError("The " + prefix + "index definition refers to the unknown fields: "
                    + String.join(", ", result.problems().unknown()) + ".", "model", model.name(), attributeSpan);
        }
        List<RelationFieldInfo> relations = result.problems().relationFields();
        if (!result.problems().relationFieldNames().isEmpty()) {
            List<String> suggested = new ArrayList<>();
            for (RelationFieldInfo relation : relations) {
                if (relation.fields != null) {
                    relation.fields.forEach(f -> suggested.add(f.name()));
                }
            }
            String suggestion = suggested.isEmpty() ? ""
                    : " Did you mean `@@" + (index.isUnique() ? "unique" : "index") + "([" + String.join(", ", suggested) + "])`?";
            diagnostics.modelError("The " + prefix + "index definition refers to the relation fields "
                    + String.join(", ", result.problems().relationFieldNames()) + ". Index definitions must reference only scalar fields."
                    + suggestion, "model", model.name(), attributeSpan);
        }
    }

    private void clientName(Span span, ModelInfo model, String name, String attribute) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                diagnostics.modelError("The `name` property within the `" + attribute
                        + "` attribute only allows for the following characters: `_a-zA-Z0-9`.", "model", model.name(), span);
                return;
            }
        }
    }

    private void shardKey(ModelInfo model, AttributeVisitor visitor) {
        Span attributeSpan = visitor.current().span();
        Optional<Expression> fields = visitor.visitDefaultArg("fields");
        if (fields.isEmpty()) {
            return;
        }
        var result = IndexFieldResolver.withoutArgs(fields.get(), attributeSpan, model, diagnostics);
        if (result.dealtWith()) {
            return;
        }
        if (result.problems() != null) {
            if (!result.problems().unknown().isEmpty()) {
                diagnostics.modelError("The multi field shard key declaration refers to the unknown "
                        + fieldList(result.problems().unknown()) + ".", "model", model.name(), fields.get().span());
            }
            if (!result.problems().relationFieldNames().isEmpty()) {
                diagnostics.modelError("The shard key definition refers to the relation "
                        + fieldList(result.problems().relationFieldNames())
                        + ". Shard key definitions must reference only scalar fields.", "model", model.name(), attributeSpan);
            }
            return;
        }
        List<String> optional = new ArrayList<>();
        for (ScalarFieldInfo field : result.fields()) {
            if (!field.isRequired()) {
                optional.add(field.name());
            }
        }
        if (!optional.isEmpty() && !model.ignored) {
            diagnostics.modelError("The shard key definition refers to the optional " + fieldList(optional)
                    + ". Shard key definitions must reference only required fields.", "model", model.name(), attributeSpan);
        }
        if (model.shardKey != null) {
            diagnostics.modelError("Each model must have at most one shard key. You can't have `@shardKey` and `@@shardKey` at the same time.",
                    "model", model.name(), model.ast.span());
        }
        model.shardKey = new ShardKeyInfo(visitor.current(), result.fields(), null);
    }

    /** "field `a`" or "fields `a`, `b`". */
    static String fieldList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add("`" + n + "`"));
        return (names.size() == 1 ? "field " : "fields ") + String.join(", ", quoted);
    }

    private void idArity(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (model.ignored || pk == null || pk.sourceField == null) {
            return;
        }
        if (pk.sourceField.arity() != Arity.REQUIRED) {
            diagnostics.attributeError("Fields that are marked as id must be required.", "@id", pk.attribute.span());
        }
    }

    private void shardKeyArity(ModelInfo model) {
        ShardKeyInfo key = model.shardKey;
        if (model.ignored || key == null || key.sourceField() == null) {
            return;
        }
        if (!key.sourceField().isRequired()) {
            diagnostics.attributeError("Fields that are marked as shard keys must be required.", "@shardKey",
                    key.attribute().span());
        }
    }
}
