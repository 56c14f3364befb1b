package dev.shale.psl.validate;

import dev.shale.datamodel.OperatorClass;
import dev.shale.datamodel.SortOrder;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the field lists of {@code @@id}, {@code @@index}, {@code @@unique}, {@code @@fulltext},
 * {@code @@shardKey} and {@code @relation(fields:, references:)} against a model, with the per-field
 * arguments ({@code sort}, {@code length}, {@code ops}) of index-like attributes.
 */
final class IndexFieldResolver {

    /**
     * Names that did not resolve, and names of fields that are not scalar fields (relation fields,
     * or fields whose type did not resolve, which Prisma counts as relation fields too) with the
     * relation fields among them (for suggestions).
     */
    record Problems(List<String> unknown, List<String> relationFieldNames, List<RelationFieldInfo> relationFields) {
        boolean any() {
            return !unknown.isEmpty() || !relationFieldNames.isEmpty();
        }
    }

    /** The outcome: the resolved fields, or problems, or null fields when already reported. */
    record Result<T>(List<T> fields, Problems problems) {
        boolean dealtWith() {
            return fields == null && problems == null;
        }
    }

    private record RawField(String name, SortOrder sort, Integer length, String operatorClass, boolean raw) {
    }

    private IndexFieldResolver() {
    }

    /** Records a declared field that is not a scalar field; returns false when the name is not declared at all. */
    private static boolean nonScalar(ModelInfo model, String name, List<String> names, List<RelationFieldInfo> relations) {
        FieldInfo found = model.fieldsByName.get(name);
        if (found instanceof RelationFieldInfo relation) {
            names.add(name);
            relations.add(relation);
            return true;
        }
        if (found == null && model.declares(name)) {
            names.add(name);
            return true;
        }
        return false;
    }

    /** Index-like list: names or {@code name(sort: ..., length: ..., ops: ...)}; dotted paths into composite types when allowed. */
    static Result<IndexFieldInfo> withArgs(Expression value, Span attributeSpan, ModelInfo model, boolean followComposites,
            Diagnostics diagnostics) {
        Optional<List<RawField>> raw = Expressions.array(value, IndexFieldResolver::rawField, diagnostics);
        if (raw.isEmpty()) {
            return new Result<>(null, null);
        }
        List<IndexFieldInfo> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> relationNames = new ArrayList<>();
        List<RelationFieldInfo> relations = new ArrayList<>();
        for (RawField field : raw.get()) {
            IndexFieldInfo resolved;
            if (field.name().indexOf('.') >= 0) {
                if (!followComposites) {
                    unknown.add(field.name());
                    continue;
                }
                resolved = resolvePath(field, model, unknown, relationNames, relations);
                if (resolved == null) {
                    continue;
                }
            } else {
                FieldInfo found = model.fieldsByName.get(field.name());
                if (found instanceof ScalarFieldInfo scalar) {
                    resolved = new IndexFieldInfo(scalar, List.of(), field.sort(), field.length(), field.operatorClass(),
                            field.raw());
                } else {
                    if (!nonScalar(model, field.name(), relationNames, relations)) {
                        unknown.add(field.name());
                    }
                    continue;
                }
            }
            for (IndexFieldInfo existing : out) {
                if (existing.samePath(resolved)) {
                    String label = resolved.path().isEmpty() ? field.name()
                            : resolved.name() + " in type " + resolved.path().get(resolved.path().size() - 1).owner.name();
                    diagnostics.modelError("The unique index definition refers to the field " + label + " multiple times.",
                            "model", model.name(), attributeSpan);
                    return new Result<>(null, null);
                }
            }
            out.add(resolved);
        }
        if (!unknown.isEmpty() || !relationNames.isEmpty()) {
            return new Result<>(null, new Problems(unknown, relationNames, relations));
        }
        return new Result<>(out, null);
    }

    private static IndexFieldInfo resolvePath(RawField field, ModelInfo model, List<String> unknown,
            List<String> relationNames, List<RelationFieldInfo> relations) {
        String[] shards = field.name().split("\\.", -1);
        FieldInfo first = model.fieldsByName.get(shards[0]);
        if (!(first instanceof ScalarFieldInfo)) {
            if (!nonScalar(model, shards[0], relationNames, relations)) {
                unknown.add(shards[0]);
            }
            return null;
        }
        ScalarFieldInfo root = (ScalarFieldInfo) first;
        if (!(root.type instanceof TypeRef.Composite composite)) {
            unknown.add(field.name());
            return null;
        }
        CompositeTypeInfo next = composite.info();
        List<CompositeFieldInfo> path = new ArrayList<>();
        for (int i = 1; i < shards.length; i++) {
            CompositeFieldInfo step = next.fieldsByName.get(shards[i]);
            if (step == null) {
                unknown.add(shards[i] + " in type " + next.name());
                return null;
            }
            path.add(step);
            if (step.type instanceof TypeRef.Composite nested) {
                next = nested.info();
            } else if (i < shards.length - 1) {
                unknown.add(field.name());
                return null;
            }
        }
        return new IndexFieldInfo(root, path, field.sort(), field.length(), field.operatorClass(), field.raw());
    }

    private static Optional<RawField> rawField(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof ConstantValue constant) {
            return Optional.of(new RawField(constant.name(), null, null, null, false));
        }
        if (expression instanceof FunctionCall call) {
            List<Argument> args = call.arguments().arguments();
            SortOrder sort = null;
            Argument sortArg = named(args, "sort");
            if (sortArg != null) {
                Optional<String> constant = Expressions.constant(sortArg.value().get(), diagnostics);
                if (constant.isPresent()) {
                    if (constant.get().equals("Asc")) {
                        sort = SortOrder.ASC;
                    } else if (constant.get().equals("Desc")) {
                        sort = SortOrder.DESC;
                    } else {
                        diagnostics.error("Unexpected token. Expected one of: Asc, Desc", sortArg.span());
                    }
                }
            }
            Integer length = null;
            Argument lengthArg = named(args, "length");
            if (lengthArg != null) {
                Optional<Long> value = Expressions.integer(lengthArg.value().get(), diagnostics);
                if (value.isPresent() && value.get() >= 0) {
                    length = (int) Math.min(value.get(), Integer.MAX_VALUE);
                }
            }
            String ops = null;
            boolean raw = false;
            Argument opsArg = named(args, "ops");
            if (opsArg != null) {
                Expression opsValue = opsArg.value().get();
                if (opsValue instanceof ConstantValue constant) {
                    if (OperatorClass.isKnown(constant.name())) {
                        ops = constant.name();
                    } else {
                        diagnostics.error("Unexpected token. Expected one of: Invalid operator class: " + constant.name(),
                                constant.span());
                    }
                } else if (opsValue instanceof FunctionCall function && function.name().name().equals("raw")) {
                    List<Argument> rawArgs = function.arguments().arguments();
                    if (rawArgs.size() == 1) {
                        if (rawArgs.get(0).value().get() instanceof StringLiteral string) {
                            ops = string.value();
                            raw = true;
                        } else {
                            diagnostics.error("Unexpected token. Expected one of: Invalid parameter type: expected string",
                                    function.span());
                        }
                    } else {
                        diagnostics.error("Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: "
                                + rawArgs.size(), function.span());
                    }
                } else {
                    // Prisma panics on a function other than raw(); Shale reports it like any other bad value.
                    diagnostics.error("Unexpected token. Expected one of: operator class", opsArg.span());
                }
            }
            return Optional.of(new RawField(call.name().name(), sort, length, ops, raw));
        }
        Expressions.mismatch("constant literal", expression, diagnostics);
        return Optional.empty();
    }

    private static Argument named(List<Argument> args, String name) {
        for (Argument argument : args) {
            if (argument.name().isPresent() && argument.name().get().name().equals(name)) {
                return argument;
            }
        }
        return null;
    }

    /** A plain list of field names ({@code @relation(fields: [...])}, {@code @@shardKey}). */
    static Result<ScalarFieldInfo> withoutArgs(Expression value, Span attributeSpan, ModelInfo model,
            Diagnostics diagnostics) {
        Optional<List<String>> names = Expressions.array(value, Expressions::constant, diagnostics);
        if (names.isEmpty()) {
            return new Result<>(null, null);
        }
        List<ScalarFieldInfo> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> relationNames = new ArrayList<>();
        List<RelationFieldInfo> relations = new ArrayList<>();
        for (String name : names.get()) {
            if (name.indexOf('.') >= 0) {
                unknown.add(name);
                continue;
            }
            FieldInfo found = model.fieldsByName.get(name);
            if (!(found instanceof ScalarFieldInfo scalar)) {
                if (!nonScalar(model, name, relationNames, relations)) {
                    unknown.add(name);
                }
                continue;
            }
            if (out.contains(scalar)) {
                diagnostics.modelError("The unique index definition refers to the field " + name + " multiple times.",
                        "model", model.name(), attributeSpan);
                return new Result<>(null, null);
            }
            out.add(scalar);
        }
        if (!unknown.isEmpty() || !relationNames.isEmpty()) {
            return new Result<>(null, new Problems(unknown, relationNames, relations));
        }
        return new Result<>(out, null);
    }
}
