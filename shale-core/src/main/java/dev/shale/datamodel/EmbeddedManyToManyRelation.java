package dev.shale.datamodel;

import java.util.Objects;

/** MongoDB's many-to-many relation stored as arrays of ids on both sides. */
public record EmbeddedManyToManyRelation(String name, String modelA, String fieldA, String modelB, String fieldB)
        implements Relation {

    public EmbeddedManyToManyRelation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelA, "modelA");
        Objects.requireNonNull(fieldA, "fieldA");
        Objects.requireNonNull(modelB, "modelB");
        Objects.requireNonNull(fieldB, "fieldB");
    }

    @Override
    public boolean isSelfRelation() {
        return modelA.equals(modelB);
    }
}
