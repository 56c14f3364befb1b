package dev.shale.datamodel;

/**
 * A resolved relation between two models: inline (one-to-one or one-to-many, a foreign key on
 * the referencing model), implicit many-to-many (a join table {@code _Name}), or MongoDB's
 * two-way embedded many-to-many. {@code name} is Prisma's relation name: the explicit
 * {@code @relation("...")} name, else {@code AToB} with the two model names in lexicographic order.
 */
public sealed interface Relation permits InlineRelation, ImplicitManyToManyRelation, EmbeddedManyToManyRelation {

    String name();

    /** Whether both ends are the same model. */
    boolean isSelfRelation();
}
