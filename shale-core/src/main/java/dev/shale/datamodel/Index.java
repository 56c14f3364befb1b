package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index or unique constraint of a model. {@code name} is the Prisma Client name
 * ({@code @@unique(name: ...)}), {@code map} the explicit database name, and
 * {@code constraintName} the effective database name ({@code map}, else Prisma's default name
 * {@code Table_col1_col2_key} / {@code _idx}, cut to the provider's identifier length).
 * {@code where} is the raw SQL predicate of a partial index. {@code definedOnField} tells a
 * {@code @unique} on a field from a block-level {@code @@unique}.
 */
public record Index(
        IndexKind kind,
        List<IndexField> fields,
        Optional<String> name,
        Optional<String> map,
        String constraintName,
        Optional<IndexAlgorithm> algorithm,
        Optional<Boolean> clustered,
        Optional<String> where,
        boolean definedOnField,
        SourceSpan span) {

    public Index {
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one field");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(constraintName, "constraintName");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(clustered, "clustered");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(span, "span");
    }

    public boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    /** The names of the model fields the index starts from, in order. */
    public List<String> fieldNames() {
        return fields.stream().map(IndexField::fieldName).toList();
    }
}
