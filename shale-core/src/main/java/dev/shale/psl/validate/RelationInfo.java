package dev.shale.psl.validate;

/**
 * A relation found by inference. Model A holds the foreign key in one-to-one and one-to-many
 * relations (its field is the "forward" field, model B's the "back" field); in many-to-many
 * relations A is the first model by name (first field by name for self-relations).
 */
final class RelationInfo {
    enum Kind { ONE_TO_ONE, ONE_TO_MANY, IMPLICIT_MANY_TO_MANY, EMBEDDED_MANY_TO_MANY }

    final Kind kind;
    final ModelInfo modelA;
    final ModelInfo modelB;
    /** May be null for a one-to-many defined on the list side only. */
    final RelationFieldInfo fieldA;
    /** May be null when the opposite field is missing. */
    final RelationFieldInfo fieldB;
    final String explicitName;
    /** The database name of the foreign key, once {@link Names#foreignKeyName} has computed it. */
    String foreignKeyName;

    RelationInfo(Kind kind, ModelInfo modelA, ModelInfo modelB, RelationFieldInfo fieldA, RelationFieldInfo fieldB,
            String explicitName) {
        this.kind = kind;
        this.modelA = modelA;
        this.modelB = modelB;
        this.fieldA = fieldA;
        this.fieldB = fieldB;
        this.explicitName = explicitName;
    }

    boolean isInline() {
        return kind == Kind.ONE_TO_ONE || kind == Kind.ONE_TO_MANY;
    }

    boolean isSelfRelation() {
        return modelA == modelB;
    }

    /** The field holding fields/references in an inline relation. */
    RelationFieldInfo forward() {
        return fieldA;
    }

    RelationFieldInfo back() {
        return fieldB;
    }

    String name() {
        return explicitName != null ? explicitName : RelationFieldInfo.generatedName(modelA.name(), modelB.name());
    }

    /** Whether any field in the relation, or any referencing scalar field, is ignored or unsupported. */
    boolean isIgnored() {
        for (RelationFieldInfo field : new RelationFieldInfo[] {fieldA, fieldB}) {
            if (field == null) {
                continue;
            }
            if (field.ignored) {
                return true;
            }
            if (field.fields != null) {
                for (ScalarFieldInfo scalar : field.fields) {
                    if (scalar.ignored || scalar.type.isUnsupported()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
