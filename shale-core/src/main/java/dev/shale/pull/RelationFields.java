package dev.shale.pull;

import dev.shale.datamodel.ConstraintNames;
import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.InlineRelation;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.RelationField;
import dev.shale.db.DatabaseKind;
import dev.shale.pull.TableGraph.Fk;
import dev.shale.sql.Column;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relation fields of each model: for every foreign key a field on the referencing model
 * (forward, with {@code @relation(fields, references)}) and one on the referenced model (back), for
 * every join table a list field on each side; in the order Prisma gives them (catalog order of the
 * foreign keys, then join tables). Names come from the existing schema's relation when there is
 * one, else from {@link RelationNaming}.
 */
final class RelationFields {
    /** One rendered relation field line (without indentation). */
    record Line(String text) {}

    private record Position(Fk fk, Table joinTable, boolean forward) {}

    private final PullContext ctx;
    private final Map<Table, List<Position>> inline = new IdentityHashMap<>();
    private final Map<Table, List<Position>> manyToMany = new IdentityHashMap<>();

    RelationFields(PullContext ctx) {
        this.ctx = ctx;
        for (Table t : ctx.graph.tables()) {
            if (ctx.graph.isJoinTable(t)) {
                Fk[] ab = ctx.graph.joinTableKeys(t);
                manyToMany.computeIfAbsent(ab[0].referenced, k -> new ArrayList<>()).add(new Position(ab[1], t, true));
                manyToMany.computeIfAbsent(ab[1].referenced, k -> new ArrayList<>()).add(new Position(ab[0], t, false));
            } else {
                for (Fk fk : ctx.graph.foreignKeys(t)) {
                    inline.computeIfAbsent(fk.table, k -> new ArrayList<>()).add(new Position(fk, null, true));
                    inline.computeIfAbsent(fk.referenced, k -> new ArrayList<>()).add(new Position(fk, null, false));
                }
            }
        }
    }

    /** The relation field lines of a model, in order. */
    List<String> lines(Table t) {
        List<String> out = new ArrayList<>();
        if (!ctx.foreignKeys) {
            ctx.previousModel(t).ifPresent(m -> copied(m, false, out));
            return out;
        }
        for (Position p : inline.getOrDefault(t, List.of())) {
            if (ctx.relationNames.inline(p.fk()) != null) {
                out.add(inlineField(p.fk(), p.forward()));
            }
        }
        for (Position p : manyToMany.getOrDefault(t, List.of())) {
            out.add(joinTableField(p.joinTable(), p.fk(), p.forward()));
        }
        ctx.previousModel(t).ifPresent(m -> copied(m, true, out));
        return out;
    }

    private Optional<InlineRelation> existing(Fk fk) {
        return ctx.previousModel(fk.table).flatMap(m -> ctx.previous.relationForForeignKey(m, fk.columns()));
    }

    private String inlineField(Fk fk, boolean forward) {
        RelationNaming.Triple names = ctx.relationNames.inline(fk);
        Optional<InlineRelation> rel = existing(fk);
        String fieldName = rel.map(r -> forward ? r.referencingField() : r.backField().orElseThrow())
                .orElse(forward ? names.forward() : names.back());
        String type = ctx.names.model(forward ? fk.referenced : fk.table).name();
        String relationName = rel.map(r -> explicitName(r)).orElse(names.relationName());
        StringBuilder sb = new StringBuilder(fieldName).append(' ').append(type);
        boolean anyOptional = fk.columns().stream().anyMatch(c -> !column(fk.table, c).isRequired());
        boolean anyRequired = fk.columns().stream().anyMatch(c -> column(fk.table, c).isRequired());
        if (forward) {
            if (anyOptional) {
                sb.append('?');
            }
        } else {
            sb.append(TableGraph.foreignKeyIsUnique(fk) ? "?" : "[]");
        }
        List<String> args = new ArrayList<>();
        if (!relationName.isEmpty()) {
            args.add(PslText.quote(relationName));
        }
        if (forward) {
            args.add("fields: " + PslText.list(fk.columns().stream().map(c -> fieldName(fk.table, c)).toList()));
            args.add("references: " + PslText.list(fk.key.referencedColumns().stream().map(c -> fieldName(fk.referenced, c)).toList()));
            String onDelete = onDelete(fk, anyRequired);
            if (onDelete != null) {
                args.add("onDelete: " + onDelete);
            }
            if (fk.key.onUpdate() != ForeignKeyAction.CASCADE) {
                args.add("onUpdate: " + action(fk.key.onUpdate()));
            }
            String map = constraintName(fk, rel);
            if (map != null) {
                args.add("map: " + PslText.quote(map));
            }
        }
        if (forward || !relationName.isEmpty()) {
            sb.append(" @relation(").append(String.join(", ", args)).append(')');
        }
        boolean missingIdentifier = !TableGraph.hasUsableIdentifier(fk.table) || !TableGraph.hasUsableIdentifier(fk.referenced);
        if (missingIdentifier && !ctx.ignored(forward ? fk.table : fk.referenced)) {
            sb.append(" @ignore");
        }
        return sb.toString();
    }

    /** An explicit relation name of the existing relation, else none (its generated name is not written). */
    private String explicitName(InlineRelation r) {
        return r.backField().flatMap(b -> ctx.previous.relationField(r.referencedModel(), b))
                .filter(RelationField::relationNameExplicit).map(RelationField::relationName).orElse("");
    }

    private Column column(Table t, String name) {
        return t.column(name).orElseThrow();
    }

    private String fieldName(Table t, String column) {
        return ctx.names.field(t, column(t, column)).name();
    }

    /** Prisma's default is Restrict for a required relation and SetNull for an optional one; others are written. */
    private static String onDelete(Fk fk, boolean anyRequired) {
        ForeignKeyAction a = fk.key.onDelete();
        return switch (a) {
            case SET_NULL -> anyRequired ? "SetNull" : null;
            case RESTRICT -> anyRequired ? null : "Restrict";
            default -> action(a);
        };
    }

    static String action(ForeignKeyAction a) {
        return switch (a) {
            case NO_ACTION -> "NoAction";
            case RESTRICT -> "Restrict";
            case CASCADE -> "Cascade";
            case SET_NULL -> "SetNull";
            case SET_DEFAULT -> "SetDefault";
        };
    }

    private String constraintName(Fk fk, Optional<InlineRelation> rel) {
        Optional<String> previousMap = rel.flatMap(r -> ctx.previous.relationField(r.referencingModel(), r.referencingField()))
                .flatMap(RelationField::map);
        if (previousMap.isPresent()) {
            return previousMap.get();
        }
        if (fk.key.name() == null || ctx.kind == DatabaseKind.SQLITE) {
            return null;
        }
        String def = ConstraintNames.foreignKeyName(fk.table.name(), fk.columns(), ctx.maxIdentifier);
        return fk.key.name().equals(def) ? null : fk.key.name();
    }


    private String joinTableField(Table joinTable, Fk fk, boolean forward) {
        RelationNaming.Triple names = ctx.relationNames.manyToMany(joinTable);
        Optional<ImplicitManyToManyRelation> rel = ctx.previous.manyToMany(joinTable.name());
        String fieldName = rel.filter(r -> !r.isSelfRelation()).map(r -> forward ? r.fieldA() : r.fieldB())
                .orElse(forward ? names.forward() : names.back());
        String relationName = rel.map(r -> r.name()).orElse(names.relationName());
        StringBuilder sb = new StringBuilder(fieldName).append(' ').append(ctx.names.model(fk.referenced).name()).append("[]");
        if (!relationName.isEmpty()) {
            sb.append(" @relation(").append(PslText.quote(relationName)).append(')');
        }
        return sb.toString();
    }

    /**
     * Relation fields kept from the existing schema: all of them when the database has no foreign keys
     * ({@code relationMode = "prisma"}), else those from or to a view.
     */
    private void copied(Model m, boolean viewsOnly, List<String> out) {
        Optional<dev.shale.datamodel.Datamodel> dm = ctx.previous.datamodel();
        for (RelationField rf : m.relationFields()) {
            Optional<Model> related = dm.flatMap(d -> d.findModel(rf.relatedModel()));
            if (related.isEmpty() || !ctx.modelStillExists(related.get())) {
                continue;
            }
            if (viewsOnly && !m.isView() && !related.get().isView()) {
                continue;
            }
            out.add(EmulatedRelation.line(rf));
            ctx.warnings.reintrospectedRelation(rf.relatedModel());
        }
    }
}
