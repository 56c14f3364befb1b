package dev.shale.psl.validate;

import static dev.shale.psl.validate.RelationChecks.isEmpty;

/** The rules of one-to-many relations: both sides defined, fields and references (and actions) on the singular side. */
final class OneToManyChecks {
    private static final String RELATION = "@relation";

    private final Diagnostics diagnostics;

    OneToManyChecks(PipelineContext ctx) {
        this.diagnostics = ctx.diagnostics;
    }

    void check(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        RelationFieldInfo back = relation.back();
        if (forward != null && back == null) {
            missingOpposite(forward);
        } else if (forward == null && back != null) {
            missingOpposite(back);
        }
        if (forward == null || back == null) {
            return;
        }
        if (isEmpty(forward.fields)) {
            diagnostics.attributeError("The relation field `" + forward.name() + "` on Model `" + forward.model.name()
                    + "` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
                    RELATION, forward.ast.span());
        }
        if (isEmpty(forward.references)) {
            diagnostics.attributeError("The relation field `" + forward.name() + "` on Model `" + forward.model.name()
                    + "` must specify the `references` argument in the @relation attribute.", RELATION, forward.ast.span());
        }
        if (!isEmpty(back.fields) || !isEmpty(back.references)) {
            diagnostics.attributeError("The relation field `" + back.name() + "` on Model `" + back.model.name()
                    + "` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `"
                    + forward.name() + "` on model `" + forward.model.name() + "`.", RELATION, back.ast.span());
        }
        if (back.onDelete != null || back.onUpdate != null) {
            diagnostics.attributeError("The relation field `" + back.name() + "` on Model `" + back.model.name()
                    + "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `"
                    + forward.name() + "` on model `" + forward.model.name()
                    + "`, or in case of a many to many relation, in an explicit join table.", RELATION, back.ast.span());
        }
    }

    private void missingOpposite(RelationFieldInfo field) {
        String container = field.model.kind();
        diagnostics.fieldError("The relation field `" + field.name() + "` on " + container + " `" + field.model.name()
                + "` is missing an opposite relation field on the model `" + field.related.name()
                + "`. Either run `prisma format` or add it manually.", container, field.model.name(), field.name(), field.ast.span());
    }
}
