package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayList;
import java.util.List;

/** The rules of implicit many-to-many relations (SQL) and two-way embedded ones (MongoDB). */
final class ManyToManyChecks {
    private final PipelineContext ctx;
    private final Diagnostics diagnostics;

    ManyToManyChecks(PipelineContext ctx) {
        this.ctx = ctx;
        this.diagnostics = ctx.diagnostics;
    }

    void implicit(RelationInfo relation) {
        RelationFieldInfo[] fields = {relation.fieldA, relation.fieldB};
        if (relation.modelA.isView() || relation.modelB.isView()) {
            for (RelationFieldInfo field : fields) {
                diagnostics.validationError("Implicit many-to-many relations are not supported for views.", field.ast.span());
            }
        } else if (!ctx.has(Capability.IMPLICIT_MANY_TO_MANY)) {
            for (RelationFieldInfo field : fields) {
                diagnostics.validationError("Implicit many-to-many relations are not supported on " + ctx.connector.name()
                        + ". Please use the syntax defined in https://pris.ly/d/document-database-many-to-many", field.ast.span());
            }
        }
        for (RelationFieldInfo field : fields) {
            if (!field.related.hasSingleIdField()) {
                String container = field.related.kind();
                diagnostics.fieldError("The relation field `" + field.name() + "` on " + container + " `" + field.model.name()
                        + "` references `" + field.related.name()
                        + "` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
                        container, field.model.name(), field.name(), field.ast.span());
                continue;
            }
            if (!referencesSingularId(field)) {
                List<String> names = new ArrayList<>();
                if (field.references != null) {
                    field.references.forEach(f -> names.add(f.name()));
                }
                diagnostics.validationError("Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `"
                        + field.related.name() + "`. But it is referencing the following fields that are not the id: "
                        + String.join(", ", names), field.ast.span());
            }
        }
        for (RelationFieldInfo field : fields) {
            if (field.onDeleteSpan != null) {
                diagnostics.validationError("Referential actions on implicit many-to-many relations are not supported", field.onDeleteSpan);
            }
            if (field.onUpdateSpan != null) {
                diagnostics.validationError("Referential actions on implicit many-to-many relations are not supported", field.onUpdateSpan);
            }
        }
        for (RelationFieldInfo field : fields) {
            if (field.references != null) {
                diagnostics.attributeError("Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.",
                        "@relation", field.ast.span());
            }
        }
    }

    private static boolean referencesSingularId(RelationFieldInfo field) {
        if (field.references == null) {
            return true;
        }
        if (field.references.size() != 1) {
            return false;
        }
        return field.related.primaryKey != null && field.related.primaryKey.containsExactly(field.references);
    }

    void embedded(RelationInfo relation) {
        RelationFieldInfo[] fields = {relation.fieldA, relation.fieldB};
        if (!ctx.has(Capability.TWO_WAY_EMBEDDED_MANY_TO_MANY)) {
            for (RelationFieldInfo field : fields) {
                diagnostics.validationError("Embedded many-to-many relations are not supported on " + ctx.connector.name()
                        + ". Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many", field.ast.span());
            }
            return;
        }
        for (RelationFieldInfo field : fields) {
            if (field.references == null || field.references.size() != 1) {
                diagnostics.attributeError("The `references` argument must be defined and must point to exactly one scalar field. https://pris.ly/d/many-to-many-relations",
                        "@relation", span(field, "references"));
            }
        }
        for (RelationFieldInfo field : fields) {
            if (field.fields == null || field.fields.size() != 1) {
                diagnostics.attributeError("The `fields` argument must be defined and must point to exactly one scalar field. https://pris.ly/d/many-to-many-relations",
                        "@relation", span(field, "fields"));
            }
        }
        for (RelationFieldInfo field : fields) {
            if (field.references != null && !field.references.isEmpty()) {
                ScalarFieldInfo first = field.references.get(0);
                ModelInfo model = first.model;
                boolean singlePk = model.primaryKey != null && model.primaryKey.fields.size() == 1
                        && model.primaryKey.fields.get(0).root() == first;
                if (!singlePk) {
                    diagnostics.attributeError("The `references` argument must point to a singular `id` field", "@relation",
                            field.relationAttribute != null
                                    ? AttributeVisitor.argumentSpan(field.relationAttribute, "references").orElse(field.ast.span())
                                    : field.ast.span());
                }
            }
        }
        for (RelationFieldInfo field : fields) {
            if (field.fields == null || field.fields.isEmpty() || field.references == null || field.references.isEmpty()) {
                continue;
            }
            ScalarFieldInfo referencing = field.fields.get(0);
            ScalarFieldInfo referenced = field.references.get(0);
            boolean typesMatch = referencing.type.equals(referenced.type);
            String a = referencing.nativeType == null ? null : referencing.nativeType.name();
            String b = referenced.nativeType == null ? null : referenced.nativeType.name();
            boolean rawMatch = a == null ? b == null : a.equals(b);
            if (referencing.arity() == Arity.LIST && typesMatch && rawMatch && referenced.arity() != Arity.LIST) {
                continue;
            }
            diagnostics.attributeError("The scalar field defined in `fields` argument must be an array of the same type defined in `references`",
                    "@relation", field.relationAttribute != null ? field.relationAttribute.span() : field.ast.span());
        }
        for (RelationFieldInfo field : fields) {
            if (field.onDeleteSpan != null) {
                diagnostics.validationError("Referential actions on two-way embedded many-to-many relations are not supported", field.onDeleteSpan);
            }
            if (field.onUpdateSpan != null) {
                diagnostics.validationError("Referential actions on two-way embedded many-to-many relations are not supported", field.onUpdateSpan);
            }
        }
    }

    private static Span span(RelationFieldInfo field, String argument) {
        if (field.relationAttribute == null) {
            return field.ast.span();
        }
        return AttributeVisitor.argumentSpan(field.relationAttribute, argument).orElse(field.relationAttribute.span());
    }
}
