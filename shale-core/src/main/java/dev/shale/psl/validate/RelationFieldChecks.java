package dev.shale.psl.validate;

import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.RelationMode;
import dev.shale.psl.Span;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayList;
import java.util.List;

/** Checks of one relation field: ambiguity, ignored targets, referential actions, foreign key names, relation indexes. */
final class RelationFieldChecks {
    private final PipelineContext ctx;
    private final Names names;
    private final Diagnostics diagnostics;

    RelationFieldChecks(PipelineContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.diagnostics = ctx.diagnostics;
    }

    /** The ambiguity error, or null. Prisma stops validating after it (to avoid a flood of follow-up errors). */
    String ambiguity(RelationFieldInfo field) {
        ModelInfo model = field.model;
        ModelInfo related = field.related;
        List<RelationFieldInfo> fields = names.relationNames.get(new Names.RelationKey(model, related, field.relationName()));
        if (fields == null || fields.size() <= 1) {
            return null;
        }
        boolean self = model == related;
        boolean generated = field.explicitName == null;
        String list = fieldList(fields);
        String message;
        if (generated && self && fields.size() == 2) {
            message = "Ambiguous self relation detected. The fields " + list + " in model `" + model.name() + "` both refer to `"
                    + related.name() + "`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.";
        } else if (generated && self) {
            message = "Unnamed self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).";
        } else if (!generated && self && fields.size() > 2) {
            message = "Wrongly named self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.";
        } else if (!generated && self) {
            return null;
        } else if (generated) {
            message = "Ambiguous relation detected. The fields " + list + " in model `" + model.name() + "` both refer to `"
                    + related.name() + "`. Please provide different relation names for them by adding `@relation(<name>).";
        } else {
            message = "Wrongly named relation detected. The fields " + list + " in model `" + model.name()
                    + "` both use the same relation name. Please provide different relation names for them through `@relation(<name>).";
        }
        return "Error validating " + model.kind() + " \"" + model.name() + "\": " + message;
    }

    private static String fieldList(List<RelationFieldInfo> fields) {
        List<String> quoted = new ArrayList<>();
        fields.forEach(f -> quoted.add("`" + f.name() + "`"));
        if (quoted.size() < 2) {
            return String.join(", ", quoted);
        }
        if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    void check(RelationFieldInfo field, FieldChecks fieldChecks) {
        fieldChecks.clientName(field, field.model);
        ignoredRelatedModel(field);
        referentialActions(field);
        map(field);
        missingRelationIndex(field);
        ProviderChecks.relationField(ctx, field);
    }

    private void ignoredRelatedModel(RelationFieldInfo field) {
        if (!field.related.ignored || field.ignored || field.model.ignored) {
            return;
        }
        diagnostics.attributeError("The relation field `" + field.name() + "` on Model `" + field.model.name()
                + "` must specify the `@ignore` attribute, because the model " + field.related.name()
                + " it is pointing to is marked ignored.", "@ignore", field.ast.span());
    }

    private void referentialActions(RelationFieldInfo field) {
        if (field.onDelete != null && !ctx.connector.supportsAction(ctx.relationMode, field.onDelete)) {
            diagnostics.validationError(actionMessage(field.onDelete), argumentSpan(field, "onDelete"));
        }
        if (field.onUpdate != null && !ctx.connector.supportsAction(ctx.relationMode, field.onUpdate)) {
            diagnostics.validationError(actionMessage(field.onUpdate), argumentSpan(field, "onUpdate"));
        }
    }

    private static Span argumentSpan(RelationFieldInfo field, String argument) {
        if (field.relationAttribute != null) {
            return AttributeVisitor.argumentSpan(field.relationAttribute, argument).orElse(field.ast.span());
        }
        return field.ast.span();
    }

    private String actionMessage(ReferentialAction action) {
        List<String> allowed = new ArrayList<>();
        ctx.connector.referentialActions(ctx.relationMode).forEach(a -> allowed.add("`" + a.prismaName() + "`"));
        String message = "Invalid referential action: `" + action.prismaName() + "`. Allowed values: (" + String.join(", ", allowed) + ")";
        if (ctx.relationMode == RelationMode.PRISMA && action == ReferentialAction.NO_ACTION
                && ctx.connector.emulates(ReferentialAction.RESTRICT)) {
            message += ". `NoAction` is not implemented for " + ctx.connector.name()
                    + " when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode";
        }
        return message;
    }

    private void map(RelationFieldInfo field) {
        if (field.mappedName == null) {
            return;
        }
        if (!ctx.has(Capability.NAMED_FOREIGN_KEYS)) {
            diagnostics.attributeError("Your provider does not support named foreign keys.", "@relation",
                    field.relationAttribute != null ? field.relationAttribute.span() : field.ast.span());
            return;
        }
        if (field.relationAttribute != null) {
            DatabaseNames.tooLong(ctx, field.model.name(), field.relationAttribute, field.mappedName, false);
        }
    }

    private void missingRelationIndex(RelationFieldInfo field) {
        if (!ctx.connector.suggestsRelationIndexes() || ctx.relationMode != RelationMode.PRISMA || field.fields == null) {
            return;
        }
        ModelInfo model = field.model;
        for (IndexInfo index : model.indexes) {
            if (leftwiseIncluded(field.fields, index.fields)) {
                return;
            }
        }
        if (model.primaryKey != null && leftwiseIncluded(field.fields, model.primaryKey.fields)) {
            return;
        }
        diagnostics.warning("With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ",
                field.relationAttribute != null ? field.relationAttribute.span() : field.ast.span());
    }

    private static boolean leftwiseIncluded(List<ScalarFieldInfo> fields, List<IndexFieldInfo> group) {
        if (fields.size() > group.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (group.get(i).root() != fields.get(i)) {
                return false;
            }
        }
        return true;
    }
}
