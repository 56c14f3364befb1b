package dev.shale.psl.format;

import dev.shale.psl.ast.Arity;
import dev.shale.psl.format.RelationIndex.Model;
import dev.shale.psl.format.RelationIndex.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pairs relation fields into relations as Prisma does, and keeps the one-to-one and
 * one-to-many ones ("inline": the foreign key is on the referencing model). Every relation
 * field is visited in model and field order; the pair is recorded once, from the side that
 * carries (or should carry) the {@code @relation(fields: ...)}. A side may be missing: that is
 * what the formatter adds.
 */
final class RelationInference {
    private RelationInference() {}

    /** A 1:1 or 1:n relation: the referencing model holds the foreign key (the forward field), the referenced one the back field. */
    record InlineRelation(Model referencing, Model referenced, Optional<RelationField> forward, Optional<RelationField> back,
            boolean oneToOne) {}

    static List<InlineRelation> inlineRelations(RelationIndex index) {
        List<InlineRelation> relations = new ArrayList<>();
        for (Model model : index.models) {
            for (RelationField field : model.relationFields()) {
                Model target = index.byName.get(field.referencedModel());
                RelationField opposite = opposite(field, target);
                InlineRelation relation = ingest(field, opposite, target);
                if (relation != null) {
                    relations.add(relation);
                }
            }
        }
        return relations;
    }

    /** The first field of the referenced model pointing back here with the same relation name (not the field itself). */
    private static RelationField opposite(RelationField field, Model target) {
        boolean self = target == field.model();
        for (RelationField candidate : target.relationFields()) {
            if (candidate.referencedModel().equals(field.model().name())
                    && !(self && candidate == field)
                    && Objects.equals(candidate.relationName(), field.relationName())) {
                return candidate;
            }
        }
        return null;
    }

    private static InlineRelation ingest(RelationField field, RelationField opposite, Model target) {
        Model model = field.model();
        Arity arity = field.arity();
        if (opposite == null) {
            if (arity == Arity.LIST) {
                return new InlineRelation(target, model, Optional.empty(), Optional.of(field), false);
            }
            boolean unique = field.fields().isPresent() && model.uniques().contains(field.fields().get());
            return new InlineRelation(model, target, Optional.of(field), Optional.empty(), unique);
        }
        Arity other = opposite.arity();
        if (arity == Arity.LIST) {
            return null; // many-to-many, or the back side of a 1:n recorded from the other side
        }
        if (other == Arity.LIST) {
            return both(field, opposite, target, false);
        }
        if (arity == Arity.REQUIRED && other == Arity.OPTIONAL) {
            return both(field, opposite, target, true);
        }
        if (arity == Arity.OPTIONAL && other == Arity.REQUIRED) {
            return null;
        }
        if (arity == Arity.OPTIONAL && field.fields().isPresent()) {
            return both(field, opposite, target, true);
        }
        if (arity == Arity.OPTIONAL && opposite.fields().isPresent()) {
            return null;
        }
        // Both required, or both optional without fields: the first by (model name, field name) is the forward side.
        int byModel = model.name().compareTo(target.name());
        int order = byModel != 0 ? byModel : field.name().compareTo(opposite.name());
        return order > 0 ? null : both(field, opposite, target, true);
    }

    private static InlineRelation both(RelationField forward, RelationField back, Model target, boolean oneToOne) {
        return new InlineRelation(forward.model(), target, Optional.of(forward), Optional.of(back), oneToOne);
    }
}
