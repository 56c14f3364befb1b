package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field pointing at another model. {@code relationName} is the effective name (the
 * {@code @relation("...")} name, else Prisma's generated {@code AToB}); the other properties are the
 * {@code @relation} arguments as written: {@code fields} and {@code references} name scalar fields,
 * {@code onDelete}/{@code onUpdate} are explicit actions only (see {@link InlineRelation} for the
 * effective ones), {@code map} is the explicit foreign key name.
 */
public record RelationField(
        String name,
        String relatedModel,
        Arity arity,
        String relationName,
        boolean relationNameExplicit,
        List<String> fields,
        List<String> references,
        Optional<ReferentialAction> onDelete,
        Optional<ReferentialAction> onUpdate,
        Optional<String> map,
        boolean ignored,
        Optional<String> documentation,
        SourceSpan span) implements Field {

    public RelationField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relatedModel, "relatedModel");
        Objects.requireNonNull(arity, "arity");
        Objects.requireNonNull(relationName, "relationName");
        fields = List.copyOf(fields);
        references = List.copyOf(references);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }

    /** Whether this side holds the foreign key ({@code fields:} is given). */
    public boolean isReferencing() {
        return !fields.isEmpty();
    }
}
