package dev.shale.psl.validate;

import dev.shale.psl.ast.Arity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fourth pass: pairs each relation field with its opposite field (same two models, same
 * relation name) and records each relation once, with Prisma's choice of model A and B.
 */
final class RelationInference {
    private final SchemaDb db;

    RelationInference(SchemaDb db) {
        this.db = db;
    }

    private record Key(ModelInfo from, ModelInfo to, String name) {
    }

    void run() {
        // Opposite candidates: relation fields by (their model, the model they point to, explicit name).
        Map<Key, List<RelationFieldInfo>> byEnds = new HashMap<>();
        for (RelationFieldInfo field : db.relationFields) {
            byEnds.computeIfAbsent(new Key(field.model, field.related, field.explicitName), k -> new java.util.ArrayList<>()).add(field);
        }
        for (RelationFieldInfo field : db.relationFields) {
            RelationFieldInfo opposite = null;
            List<RelationFieldInfo> candidates = byEnds.get(new Key(field.related, field.model, field.explicitName));
            if (candidates != null) {
                for (RelationFieldInfo candidate : candidates) {
                    if (candidate != field) {
                        opposite = candidate;
                        break;
                    }
                }
            }
            ingest(field, opposite);
        }
    }

    private void ingest(RelationFieldInfo field, RelationFieldInfo opposite) {
        boolean self = field.model == field.related;
        Arity arity = field.arity();
        RelationInfo.Kind kind;
        RelationFieldInfo a = field;
        RelationFieldInfo b = opposite;
        if (arity == Arity.LIST && opposite != null && opposite.arity() == Arity.LIST) {
            if (field.model.name().compareTo(field.related.name()) > 0) {
                return;
            }
            if (self && field.name().compareTo(opposite.name()) > 0) {
                return;
            }
            boolean embedded = field.fields != null || opposite.fields != null;
            kind = embedded ? RelationInfo.Kind.EMBEDDED_MANY_TO_MANY : RelationInfo.Kind.IMPLICIT_MANY_TO_MANY;
        } else if (arity == Arity.REQUIRED && opposite != null && opposite.arity() == Arity.OPTIONAL) {
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (arity == Arity.REQUIRED && opposite != null && opposite.arity() == Arity.REQUIRED) {
            if (compare(field, opposite) > 0) {
                return;
            }
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (arity == Arity.OPTIONAL && opposite != null && opposite.arity() == Arity.REQUIRED) {
            return;
        } else if (arity == Arity.OPTIONAL && opposite != null && opposite.arity() == Arity.OPTIONAL) {
            if (field.fields == null) {
                if (opposite.fields != null) {
                    return;
                }
                if (compare(field, opposite) > 0) {
                    return;
                }
            }
            kind = RelationInfo.Kind.ONE_TO_ONE;
        } else if (arity == Arity.LIST && opposite != null) {
            return;
        } else if (arity == Arity.LIST) {
            // Defined on the list side only: model A is the other model, with no field.
            record(new RelationInfo(RelationInfo.Kind.ONE_TO_MANY, field.related, field.model, null, field, field.explicitName),
                    field.model);
            return;
        } else if (opposite != null) {
            kind = RelationInfo.Kind.ONE_TO_MANY;
        } else {
            kind = fieldsAreUnique(field) ? RelationInfo.Kind.ONE_TO_ONE : RelationInfo.Kind.ONE_TO_MANY;
            b = null;
        }
        record(new RelationInfo(kind, field.model, field.related, a, b, field.explicitName), field.model);
    }

    /** (model name, field name) order, to break ties as Prisma does. */
    private static int compare(RelationFieldInfo x, RelationFieldInfo y) {
        int models = x.model.name().compareTo(y.model.name());
        return models != 0 ? models : x.name().compareTo(y.name());
    }

    private static boolean fieldsAreUnique(RelationFieldInfo field) {
        if (field.fields == null) {
            return false;
        }
        for (IndexInfo index : field.model.indexes) {
            if (!index.isUnique() || index.fields.size() != field.fields.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < index.fields.size(); i++) {
                IndexFieldInfo indexField = index.fields.get(i);
                if (!indexField.path().isEmpty() || !Objects.equals(indexField.root(), field.fields.get(i))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a relation. {@code ingestedFrom} is the model of the field it was found from; Prisma
     * files the relation under that model (not model A) when it groups constraint names per model.
     */
    private void record(RelationInfo relation, ModelInfo ingestedFrom) {
        db.relations.add(relation);
        if (relation.fieldA != null) {
            relation.fieldA.relation = relation;
        }
        if (relation.fieldB != null) {
            relation.fieldB.relation = relation;
        }
        if (relation.isInline()) {
            ingestedFrom.relationsFrom.add(relation);
        }
    }
}
