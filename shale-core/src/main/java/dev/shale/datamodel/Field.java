package dev.shale.datamodel;

import java.util.Optional;

/** A field of a model or view: a scalar field (a column) or a relation field (no column of its own). */
public sealed interface Field permits ScalarField, RelationField {

    /** The name in the schema (and in Prisma Client). */
    String name();

    Arity arity();

    /** {@code @ignore}: kept in the database, left out of Prisma Client. */
    boolean ignored();

    /** The {@code ///} comments above the field, joined with newlines. */
    Optional<String> documentation();

    SourceSpan span();
}
