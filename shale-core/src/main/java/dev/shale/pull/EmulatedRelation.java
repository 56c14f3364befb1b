package dev.shale.pull;

import dev.shale.datamodel.Arity;
import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.RelationField;
import java.util.ArrayList;
import java.util.List;

/** A relation field copied from the existing schema as written (no foreign key in the database backs it). */
final class EmulatedRelation {
    private EmulatedRelation() {}

    static String line(RelationField rf) {
        StringBuilder sb = new StringBuilder(rf.name()).append(' ').append(rf.relatedModel());
        if (rf.arity() == Arity.OPTIONAL) {
            sb.append('?');
        } else if (rf.arity() == Arity.LIST) {
            sb.append("[]");
        }
        List<String> args = new ArrayList<>();
        if (rf.relationNameExplicit()) {
            args.add(PslText.quote(rf.relationName()));
        }
        if (!rf.fields().isEmpty()) {
            args.add("fields: " + PslText.list(rf.fields()));
        }
        if (!rf.references().isEmpty()) {
            args.add("references: " + PslText.list(rf.references()));
        }
        rf.onDelete().ifPresent(a -> args.add("onDelete: " + name(a)));
        rf.onUpdate().ifPresent(a -> args.add("onUpdate: " + name(a)));
        rf.map().ifPresent(m -> args.add("map: " + PslText.quote(m)));
        if (!args.isEmpty()) {
            sb.append(" @relation(").append(String.join(", ", args)).append(')');
        }
        if (rf.ignored()) {
            sb.append(" @ignore");
        }
        return sb.toString();
    }

    private static String name(ReferentialAction a) {
        return a.prismaName();
    }
}
