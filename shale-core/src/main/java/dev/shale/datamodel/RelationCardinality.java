package dev.shale.datamodel;

/** The cardinality of an inline relation. */
public enum RelationCardinality {
    ONE_TO_ONE,
    ONE_TO_MANY
}
