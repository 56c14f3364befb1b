package dev.shale.psl.validate;

import static dev.shale.psl.validate.RelationChecks.isEmpty;

import java.util.ArrayList;
import java.util.List;

/** The rules of one-to-one relations: both sides, fields and references on one (the required) side, unique fields. */
final class OneToOneChecks {
    private static final String RELATION = "@relation";

    private final PipelineContext ctx;
    private final Diagnostics diagnostics;

    OneToOneChecks(PipelineContext ctx) {
        this.ctx = ctx;
        this.diagnostics = ctx.diagnostics;
    }

    void check(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        RelationFieldInfo back = relation.back();
        if (back == null) {
            String container = forward.model.kind();
            diagnostics.fieldError("The relation field `" + forward.name() + "` on " + container + " `" + forward.model.name()
                    + "` is missing an opposite relation field on the model `" + forward.related.name()
                    + "`. Either run `prisma format` or add it manually.", container, forward.model.name(), forward.name(),
                    forward.ast.span());
        }
        if (back != null) {
            fieldsAndReferencesDefined(forward, back);
            definedOnOneSideOnly(forward, back);
            referentialActions(forward, back);
        }
        fieldsMustBeUnique(relation);
        if (back != null && !diagnostics.hasErrors()) {
            mixups(forward, back);
        }
        if (back != null && !diagnostics.hasErrors() && back.isRequired()) {
            diagnostics.attributeError("The relation field `" + back.name() + "` on Model `" + back.model.name()
                    + "` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `"
                    + forward.model.name() + "` to `" + forward.model.name() + "?` to fix this.", RELATION, back.ast.span());
        }
        if (back != null && !diagnostics.hasErrors() && forward.isRequired()
                && (back.fields != null || back.references != null)) {
            diagnostics.attributeError("The relation field `" + back.model.name() + "." + back.name()
                    + "` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`"
                    + forward.model.name() + "." + forward.name()
                    + "`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.",
                    RELATION, back.ast.span());
        }
    }

    private String twoFields(RelationFieldInfo a, RelationFieldInfo b) {
        return "The relation fields `" + a.name() + "` on Model `" + a.model.name() + "` and `" + b.name() + "` on Model `"
                + b.model.name() + "`";
    }

    private void fieldsAndReferencesDefined(RelationFieldInfo forward, RelationFieldInfo back) {
        if (isEmpty(forward.fields) && isEmpty(back.fields)) {
            diagnostics.attributeError(twoFields(forward, back)
                    + " do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
                    RELATION, forward.ast.span());
            diagnostics.attributeError(twoFields(back, forward)
                    + " do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
                    RELATION, back.ast.span());
        }
        if (isEmpty(forward.references) && isEmpty(back.references)) {
            diagnostics.attributeError(twoFields(forward, back)
                    + " do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.",
                    RELATION, forward.ast.span());
            diagnostics.attributeError(twoFields(back, forward)
                    + " do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.",
                    RELATION, back.ast.span());
        }
    }

    private void definedOnOneSideOnly(RelationFieldInfo forward, RelationFieldInfo back) {
        if (!isEmpty(forward.references) && !isEmpty(back.references)) {
            String message = twoFields(forward, back)
                    + " both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.";
            diagnostics.attributeError(message, RELATION, forward.ast.span());
            diagnostics.attributeError(message, RELATION, back.ast.span());
        }
        if (!isEmpty(forward.fields) && !isEmpty(back.fields)) {
            String message = twoFields(forward, back)
                    + " both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.";
            diagnostics.attributeError(message, RELATION, forward.ast.span());
            diagnostics.attributeError(message, RELATION, back.ast.span());
        }
    }

    private void referentialActions(RelationFieldInfo forward, RelationFieldInfo back) {
        boolean forwardActions = forward.onDelete != null || forward.onUpdate != null;
        boolean backActions = back.onDelete != null || back.onUpdate != null;
        if (forwardActions && backActions) {
            diagnostics.attributeError(twoFields(back, forward)
                    + " both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                    RELATION, back.ast.span());
            diagnostics.attributeError(twoFields(forward, back)
                    + " both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                    RELATION, forward.ast.span());
        } else if (backActions) {
            diagnostics.attributeError("The relation field `" + back.name() + "` on Model `" + back.model.name()
                    + "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `"
                    + forward.name() + "` on model `" + forward.model.name() + "`.", RELATION, back.ast.span());
        }
    }

    private void fieldsMustBeUnique(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.fields == null) {
            return;
        }
        for (List<TypedField> criterion : UniqueCriteria.of(relation.modelA)) {
            if (UniqueCriteria.containsExactly(criterion, forward.fields)) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        forward.fields.forEach(f -> names.add(f.name()));
        String message = names.size() == 1
                ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `"
                        + names.get(0) + "`, or change the relation to one-to-many."
                : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique(["
                        + String.join(", ", names) + "])` attribute to the model, or change the relation to one-to-many.";
        diagnostics.attributeError(message, RELATION, forward.ast.span());
    }

    private void mixups(RelationFieldInfo forward, RelationFieldInfo back) {
        if (!isEmpty(forward.fields) && !isEmpty(back.references)) {
            String message = "The relation field `" + forward.name() + "` on Model `" + forward.model.name()
                    + "` provides the `fields` argument in the @relation attribute. And the related field `" + back.name()
                    + "` on Model `" + back.model.name() + "` provides the `references` argument. You must provide both arguments on the same side.";
            diagnostics.attributeError(message, RELATION, forward.ast.span());
            diagnostics.attributeError(message, RELATION, back.ast.span());
        }
        if (!isEmpty(forward.references) && !isEmpty(back.fields)) {
            diagnostics.attributeError("The relation field `" + forward.name() + "` on Model `" + forward.model.name()
                    + "` provides the `references` argument in the @relation attribute. And the related field `" + back.name()
                    + "` on Model `" + back.model.name() + "` provides the `fields` argument. You must provide both arguments on the same side.",
                    RELATION, forward.ast.span());
        }
    }
}
