package dev.shale.psl.validate;

import dev.shale.datamodel.ReferentialAction;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayList;
import java.util.List;

/** Checks of each resolved relation: references, arity, types, constraint names, SetNull, many-to-many rules. */
final class RelationChecks {
    private static final String RELATION = "@relation";

    private final PipelineContext ctx;
    private final Names names;
    private final Diagnostics diagnostics;

    RelationChecks(PipelineContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.diagnostics = ctx.diagnostics;
    }

    void check(RelationInfo relation) {
        switch (relation.kind) {
            case ONE_TO_ONE, ONE_TO_MANY -> inline(relation);
            case IMPLICIT_MANY_TO_MANY -> new ManyToManyChecks(ctx).implicit(relation);
            case EMBEDDED_MANY_TO_MANY -> new ManyToManyChecks(ctx).embedded(relation);
        }
    }

    private void inline(RelationInfo relation) {
        if (relation.fieldA != null && relation.fieldB != null) {
            new CascadeChecks(ctx).check(relation);
        }
        referencesUniqueFields(relation);
        sameLength(relation);
        fieldArity(relation);
        scalarFieldTypes(relation);
        constraintName(relation);
        setNullOnRequired(relation);
        if (relation.kind == RelationInfo.Kind.ONE_TO_ONE) {
            new OneToOneChecks(ctx).check(relation);
        } else {
            new OneToManyChecks(ctx).check(relation);
        }
    }

    private void referencesUniqueFields(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.references == null || forward.references.isEmpty()) {
            return;
        }
        List<String> referenced = new ArrayList<>();
        forward.references.forEach(f -> referenced.add(f.name()));
        List<String> sortedReferences = new ArrayList<>(referenced);
        sortedReferences.sort(null);
        boolean unique = false;
        for (List<TypedField> criterion : UniqueCriteria.of(relation.modelB)) {
            List<String> criterionNames = new ArrayList<>();
            criterion.forEach(f -> criterionNames.add(f.name()));
            criterionNames.sort(null);
            if (criterionNames.equals(sortedReferences)) {
                unique = true;
                break;
            }
        }
        if (unique) {
            referencesInOrder(relation, forward, referenced);
            return;
        }
        String model = relation.modelB.name();
        String message = referenced.size() == 1
                ? "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `"
                        + referenced.get(0) + "` in the model `" + model + "`."
                : "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique(["
                        + String.join(", ", referenced) + "])` attribute to the model `" + model + "`.";
        diagnostics.attributeError(message, RELATION, forward.ast.span());
    }

    private void referencesInOrder(RelationInfo relation, RelationFieldInfo forward, List<String> referenced) {
        if (referenced.size() <= 1 || ctx.has(Capability.RELATION_FIELDS_IN_ARBITRARY_ORDER)) {
            return;
        }
        for (List<TypedField> criterion : UniqueCriteria.of(relation.modelB)) {
            if (criterion.size() != referenced.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < criterion.size(); i++) {
                if (!criterion.get(i).name().equals(referenced.get(i))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return;
            }
        }
        diagnostics.validationError("The argument `references` must refer to a unique criterion in the related model `"
                + relation.modelB.name() + "` using the same order of fields. Please check the ordering in the following fields: `"
                + String.join(", ", referenced) + "`.", forward.ast.span());
    }

    private void sameLength(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.fields == null || forward.references == null) {
            return;
        }
        if (forward.fields.size() != forward.references.size()) {
            diagnostics.validationError("You must specify the same number of fields in `fields` and `references`.",
                    forward.relationAttribute.span());
        }
    }

    private void fieldArity(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || !forward.isRequired() || forward.fields == null) {
            return;
        }
        if (forward.fields.stream().noneMatch(ScalarFieldInfo::isOptional)) {
            return;
        }
        List<String> fieldNames = new ArrayList<>();
        forward.fields.forEach(f -> fieldNames.add(f.name()));
        diagnostics.validationError("The relation field `" + forward.name() + "` uses the scalar fields " + String.join(", ", fieldNames)
                + ". At least one of those fields is optional. Hence the relation field must be optional as well.", forward.ast.span());
    }

    private void scalarFieldTypes(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.fields == null) {
            return;
        }
        List<ScalarFieldInfo> references = forward.references;
        if (references == null) {
            // Without `references`, Prisma compares against the referenced model's primary key.
            references = new ArrayList<>();
            if (relation.modelB.primaryKey != null) {
                for (IndexFieldInfo field : relation.modelB.primaryKey.fields) {
                    references.add(field.root());
                }
            }
        }
        for (int i = 0; i < forward.fields.size() && i < references.size(); i++) {
            ScalarFieldInfo referencing = forward.fields.get(i);
            ScalarFieldInfo referenced = references.get(i);
            if (!sameType(referencing.type, referenced.type)) {
                diagnostics.attributeError("The type of the field `" + referencing.name() + "` in the model `" + referencing.model.name()
                        + "` is not matching the type of the referenced field `" + referenced.name() + "` in model `"
                        + referenced.model.name() + "`.", RELATION, forward.ast.span());
            }
        }
    }

    private static boolean sameType(TypeRef a, TypeRef b) {
        if (a instanceof TypeRef.Builtin x && b instanceof TypeRef.Builtin y) {
            return x.type() == y.type();
        }
        if (a instanceof TypeRef.EnumType x && b instanceof TypeRef.EnumType y) {
            return x.info() == y.info();
        }
        if (a instanceof TypeRef.Composite x && b instanceof TypeRef.Composite y) {
            return x.info() == y.info();
        }
        if (a instanceof TypeRef.Unsupported x && b instanceof TypeRef.Unsupported y) {
            return x.dbType().equals(y.dbType());
        }
        return false;
    }

    private void constraintName(RelationInfo relation) {
        String name = names.foreignKeyName(relation);
        for (var scope : names.violations(relation.modelA, Names.ConstraintKind.RELATION, name)) {
            RelationFieldInfo forward = relation.forward();
            var span = forward != null
                    ? (forward.relationAttribute != null
                            ? AttributeVisitor.argumentSpan(forward.relationAttribute, "map").orElse(forward.ast.span())
                            : forward.ast.span())
                    : relation.modelB.ast.span();
            diagnostics.attributeError("The given constraint name `" + name + "` has to be unique in the following namespace: "
                    + scope.description(relation.modelA.name()) + ". Please provide a different name using the `map` argument.",
                    RELATION, span);
        }
    }

    private static boolean anyRequired(List<ScalarFieldInfo> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isRequired()) {
                return true;
            }
        }
        return false;
    }

    private void setNullOnRequired(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null) {
            return;
        }
        boolean anyRequired = forward.fields != null && anyRequired(forward.fields);
        if (!anyRequired) {
            return;
        }
        var span = forward.ast.span();
        if (ctx.connector.allowsSetNullOnRequiredFields(ctx.relationMode)) {
            if (forward.onDelete == ReferentialAction.SET_NULL) {
                diagnostics.warning(setNullWarning("onDelete"), span);
            }
            if (forward.onUpdate == ReferentialAction.SET_NULL) {
                diagnostics.warning(setNullWarning("onUpdate"), span);
            }
        } else {
            if (forward.onDelete == ReferentialAction.SET_NULL) {
                diagnostics.attributeError(setNullError("onDelete"), RELATION, span);
            }
            if (forward.onUpdate == ReferentialAction.SET_NULL) {
                diagnostics.attributeError(setNullError("onUpdate"), RELATION, span);
            }
        }
    }

    private static String setNullWarning(String action) {
        return "The `" + action + "` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ";
    }

    private static String setNullError(String action) {
        return "The `" + action + "` referential action of a relation must not be set to `SetNull` when a referenced field is required.\n"
                + "Either choose another referential action, or make the referenced fields optional.\n";
    }

    static boolean isEmpty(List<ScalarFieldInfo> fields) {
        return fields == null || fields.isEmpty();
    }

    static boolean arity(RelationFieldInfo field, Arity arity) {
        return field.arity() == arity;
    }
}
