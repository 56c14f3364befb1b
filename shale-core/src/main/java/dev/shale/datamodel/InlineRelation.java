package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-to-one or one-to-many relation: {@code referencingModel.referencingField} holds
 * {@code @relation(fields: [...], references: [...])}, so the foreign key lives on the
 * referencing model's table, from {@code fields} to {@code references} of {@code referencedModel}.
 * {@code backField} is the opposite relation field on the referenced model.
 *
 * <p>{@code onDelete}/{@code onUpdate} are the effective actions: the explicit ones, else Prisma's
 * defaults (onDelete {@code Restrict} when a referencing field is required, or {@code NoAction} on a
 * provider without {@code Restrict} (SQL Server); {@code SetNull} otherwise; onUpdate
 * {@code Cascade}). {@code constraintName} is the foreign key's database name ({@code map}, else
 * {@code Table_col1_col2_fkey} cut to the provider's identifier length).
 */
public record InlineRelation(
        String name,
        RelationCardinality cardinality,
        String referencingModel,
        String referencingField,
        String referencedModel,
        Optional<String> backField,
        List<String> fields,
        List<String> references,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean onDeleteExplicit,
        boolean onUpdateExplicit,
        Optional<String> map,
        String constraintName,
        boolean ignored) implements Relation {

    public InlineRelation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cardinality, "cardinality");
        Objects.requireNonNull(referencingModel, "referencingModel");
        Objects.requireNonNull(referencingField, "referencingField");
        Objects.requireNonNull(referencedModel, "referencedModel");
        Objects.requireNonNull(backField, "backField");
        fields = List.copyOf(fields);
        references = List.copyOf(references);
        if (fields.size() != references.size()) {
            throw new IllegalArgumentException("fields " + fields + " and references " + references + " differ in length");
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(constraintName, "constraintName");
    }

    @Override
    public boolean isSelfRelation() {
        return referencingModel.equals(referencedModel);
    }
}
