package dev.shale.psl.validate;

import dev.shale.datamodel.ReferentialAction;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attributes of a relation field: {@code @relation(...)} and {@code @ignore}; others are errors here. */
final class RelationFieldAttributes {
    private final Diagnostics diagnostics;

    RelationFieldAttributes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void visit(RelationFieldInfo field) {
        AttributeVisitor visitor = new AttributeVisitor(field.ast.attributes(), diagnostics);
        if (visitor.visitOptionalSingle("relation")) {
            relation(field, visitor);
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("id")) {
            visitor.attributeError("The field `" + field.name()
                    + "` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.");
            visitor.discardArguments();
        }
        if (visitor.visitOptionalSingle("ignore")) {
            field.ignored = true;
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("default")) {
            visitor.attributeError("Cannot set a default value on a relation field.");
            visitor.discardArguments();
        }
        if (visitor.visitOptionalSingle("map")) {
            visitor.attributeError("The attribute `@map` cannot be used on relation fields.");
            visitor.visitDefaultArg("name");
            visitor.discardArguments();
        }
        if (visitor.visitOptionalSingle("unique")) {
            List<String> suggested = new ArrayList<>();
            if (field.fields != null) {
                field.fields.forEach(f -> suggested.add(f.name()));
            }
            String suggestion = switch (suggested.size()) {
                case 0 -> "";
                case 1 -> " Did you mean to put it on `" + suggested.get(0) + "`?";
                default -> " Did you mean to provide `@@unique([" + String.join(", ", suggested) + "])`?";
            };
            visitor.attributeError("The field `" + field.name()
                    + "` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique." + suggestion);
            visitor.discardArguments();
        }
        visitor.validateAttributes();
    }

    private void relation(RelationFieldInfo field, AttributeVisitor visitor) {
        field.relationAttribute = visitor.current();
        Span attributeSpan = visitor.current().span();
        Optional<Expression> fields = visitor.visitOptionalArg("fields");
        if (fields.isPresent()) {
            var result = IndexFieldResolver.withoutArgs(fields.get(), attributeSpan, field.model, diagnostics);
            if (result.problems() != null) {
                if (!result.problems().unknown().isEmpty()) {
                    diagnostics.validationError("The argument fields must refer only to existing fields. The following fields do not exist in this model: "
                            + String.join(", ", result.problems().unknown()), fields.get().span());
                }
                if (!result.problems().relationFieldNames().isEmpty()) {
                    diagnostics.validationError("The argument fields must refer only to scalar fields. But it is referencing the following relation fields: "
                            + String.join(", ", result.problems().relationFieldNames()), fields.get().span());
                }
            }
            field.fields = result.fields() != null ? result.fields() : List.of();
        }
        Optional<Expression> references = visitor.visitOptionalArg("references");
        if (references.isPresent()) {
            var result = IndexFieldResolver.withoutArgs(references.get(), attributeSpan, field.related, diagnostics);
            if (result.problems() != null) {
                if (!result.problems().unknown().isEmpty()) {
                    diagnostics.validationError("The argument `references` must refer only to existing fields in the related model `"
                            + field.related.name() + "`. The following fields do not exist in the related model: "
                            + String.join(", ", result.problems().unknown()), attributeSpan);
                }
                if (!result.problems().relationFieldNames().isEmpty()) {
                    diagnostics.validationError("The argument `references` must refer only to scalar fields in the related model `"
                            + field.related.name() + "`. But it is referencing the following relation fields: "
                            + String.join(", ", result.problems().relationFieldNames()), attributeSpan);
                }
            }
            field.references = result.fields() != null ? result.fields() : List.of();
        }
        Optional<Expression> name = visitor.visitDefaultArgQuiet("name");
        if (name.isPresent()) {
            Optional<String> value = Expressions.string(name.get(), diagnostics);
            if (value.isPresent()) {
                if (value.get().isEmpty()) {
                    visitor.attributeError("A relation cannot have an empty name.");
                } else {
                    field.explicitName = value.get();
                }
            }
        }
        Optional<Expression> onDelete = visitor.visitOptionalArg("onDelete");
        if (onDelete.isPresent()) {
            field.onDelete = action(onDelete.get());
            field.onDeleteSpan = field.onDelete != null ? onDelete.get().span() : null;
        }
        Optional<Expression> onUpdate = visitor.visitOptionalArg("onUpdate");
        if (onUpdate.isPresent()) {
            field.onUpdate = action(onUpdate.get());
            field.onUpdateSpan = field.onUpdate != null ? onUpdate.get().span() : null;
        }
        field.mappedName = MapAttribute.mapArgument(visitor);
    }

    private ReferentialAction action(Expression expression) {
        Optional<String> constant = Expressions.constant(expression, diagnostics);
        if (constant.isEmpty()) {
            return null;
        }
        Optional<ReferentialAction> action = ReferentialAction.fromSchema(constant.get());
        if (action.isEmpty()) {
            diagnostics.attributeError("Invalid referential action: `" + constant.get() + "`", "@relation", expression.span());
            return null;
        }
        return action.get();
    }

    static String names(List<RelationFieldInfo> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        return String.join(", ", names);
    }
}
