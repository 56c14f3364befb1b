package dev.shale.datamodel;

import java.util.Objects;

/**
 * An implicit many-to-many relation (list fields on both sides, no {@code fields:}). Prisma
 * stores it in the join table {@code _Name} with column {@code A} referencing {@code modelA}'s id
 * and {@code B} referencing {@code modelB}'s id; model A is the first model name in lexicographic
 * order (for a self-relation, the first field name).
 */
public record ImplicitManyToManyRelation(String name, String modelA, String fieldA, String modelB, String fieldB)
        implements Relation {

    public ImplicitManyToManyRelation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelA, "modelA");
        Objects.requireNonNull(fieldA, "fieldA");
        Objects.requireNonNull(modelB, "modelB");
        Objects.requireNonNull(fieldB, "fieldB");
    }

    /** The join table's name: {@code _} followed by the relation name. */
    public String tableName() {
        return "_" + name;
    }

    @Override
    public boolean isSelfRelation() {
        return modelA.equals(modelB);
    }
}
