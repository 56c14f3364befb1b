package dev.shale.psl.validate;

import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.RelationMode;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cascading referential actions that loop back (SQL Server refuses them; with
 * {@code relationMode = "prisma"} Prisma refuses them everywhere) or reach a model by two paths
 * (SQL Server only).
 */
final class CascadeChecks {
    private final PipelineContext ctx;

    CascadeChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    /** A relation path, from the first relation to the last. */
    private record Path(Path previous, RelationInfo relation) {
        List<RelationInfo> relations() {
            List<RelationInfo> out = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                out.add(0, p.relation);
            }
            return out;
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            for (RelationInfo relation : relations()) {
                parts.add(relation.modelA.name() + "." + relation.fieldA.name());
            }
            return String.join(" → ", parts);
        }
    }

    void check(RelationInfo relation) {
        cycles(relation);
        multiplePaths(relation);
    }

    ReferentialAction onDelete(RelationInfo relation) {
        RelationFieldInfo forward = relation.fieldA;
        if (forward.onDelete != null) {
            return forward.onDelete;
        }
        boolean required = forward.referentialArity() == Arity.REQUIRED;
        if (required) {
            return ctx.connector.supportsAction(ctx.relationMode, ReferentialAction.RESTRICT) ? ReferentialAction.RESTRICT
                    : ReferentialAction.NO_ACTION;
        }
        return ReferentialAction.SET_NULL;
    }

    static ReferentialAction onUpdate(RelationInfo relation) {
        return relation.fieldA.onUpdate != null ? relation.fieldA.onUpdate : ReferentialAction.CASCADE;
    }

    private static boolean triggers(ReferentialAction action) {
        return action != ReferentialAction.NO_ACTION && action != ReferentialAction.RESTRICT;
    }

    private boolean triggersModification(RelationInfo relation) {
        return triggers(onDelete(relation)) || triggers(onUpdate(relation));
    }

    private static List<RelationInfo> completeFrom(ModelInfo model) {
        List<RelationInfo> out = new ArrayList<>();
        for (RelationInfo relation : model.relationsFrom) {
            if (relation.fieldA != null && relation.fieldB != null) {
                out.add(relation);
            }
        }
        return out;
    }

    private void cycles(RelationInfo relation) {
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) && ctx.relationMode == RelationMode.FOREIGN_KEYS) {
            return;
        }
        Set<RelationFieldInfo> visited = new HashSet<>();
        Deque<Object[]> next = new ArrayDeque<>();
        next.push(new Object[] {relation, new Path(null, relation)});
        ModelInfo parent = relation.modelA;
        while (!next.isEmpty()) {
            Object[] item = next.pop();
            RelationInfo current = (RelationInfo) item[0];
            Path path = (Path) item[1];
            visited.add(current.fieldA);
            ModelInfo related = current.modelB;
            if (triggersModification(current)) {
                if (current.modelA == related) {
                    ctx.diagnostics.validationError(withDefaults(relation,
                            "A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes."),
                            relation.fieldA.ast.span());
                    return;
                }
                if (related == parent) {
                    ctx.diagnostics.validationError(withDefaults(relation,
                            "Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: "
                                    + path + "."), relation.fieldA.ast.span());
                    return;
                }
                for (RelationInfo following : completeFrom(related)) {
                    if (!visited.contains(following.fieldA)) {
                        next.push(new Object[] {following, new Path(path, following)});
                    }
                }
            }
        }
    }

    private void multiplePaths(RelationInfo relation) {
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) || ctx.relationMode == RelationMode.PRISMA) {
            return;
        }
        if (!triggersModification(relation)) {
            return;
        }
        ModelInfo parent = relation.modelA;
        List<Path> paths = new ArrayList<>();
        Deque<Object[]> next = new ArrayDeque<>();
        for (RelationInfo start : completeFrom(parent)) {
            if (triggersModification(start)) {
                next.push(new Object[] {start, new Path(null, start), new HashSet<RelationFieldInfo>()});
            }
        }
        while (!next.isEmpty()) {
            Object[] item = next.pop();
            RelationInfo current = (RelationInfo) item[0];
            Path visited = (Path) item[1];
            @SuppressWarnings("unchecked")
            Set<RelationFieldInfo> currentPath = (Set<RelationFieldInfo>) item[2];
            currentPath.add(current.fieldA);
            ModelInfo model = current.modelA;
            ModelInfo related = current.modelB;
            if (model == related || related == parent) {
                continue;
            }
            List<Object[]> forward = new ArrayList<>();
            for (RelationInfo following : completeFrom(related)) {
                if (triggersModification(following) && !currentPath.contains(following.fieldA)) {
                    forward.add(new Object[] {following, new Path(visited, following), new HashSet<>(currentPath)});
                }
            }
            if (forward.isEmpty()) {
                paths.add(new Path(visited, current));
                continue;
            }
            forward.forEach(next::push);
        }
        Map<String, Set<String>> seen = new HashMap<>();
        for (Path path : paths) {
            List<RelationInfo> relations = path.relations();
            if (relations.isEmpty()) {
                continue;
            }
            Set<String> models = seen.computeIfAbsent(relations.get(0).fieldA.name(), k -> new LinkedHashSet<>());
            for (RelationInfo r : relations) {
                models.add(r.modelB.name());
            }
        }
        TreeSet<String> reachable = new TreeSet<>();
        Set<String> fromParent = seen.remove(relation.fieldA.name());
        if (fromParent != null) {
            for (Set<String> other : seen.values()) {
                for (String model : fromParent) {
                    if (other.contains(model)) {
                        reachable.add(model);
                    }
                }
            }
        }
        if (reachable.isEmpty()) {
            return;
        }
        List<String> quoted = new ArrayList<>();
        reachable.forEach(m -> quoted.add("`" + m + "`"));
        String message = reachable.size() == 1
                ? "When any of the records in model " + quoted.get(0) + " is updated or deleted, the referential actions on the relations cascade to model `"
                        + parent.name() + "` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`."
                : "When any of the records in models " + String.join(", ", quoted) + " are updated or deleted, the referential actions on the relations cascade to model `"
                        + parent.name() + "` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.";
        ctx.diagnostics.validationError(withDefaults(relation, message), relation.fieldA.ast.span());
    }

    private String withDefaults(RelationInfo relation, String message) {
        ReferentialAction onDelete = relation.fieldA.onDelete == null && triggers(onDelete(relation)) ? onDelete(relation) : null;
        ReferentialAction onUpdate = relation.fieldA.onUpdate == null && triggers(onUpdate(relation)) ? onUpdate(relation) : null;
        String out = message;
        if (onDelete != null && onUpdate != null) {
            out += " (Implicit default `onDelete`: `" + onDelete.prismaName() + "`, and `onUpdate`: `" + onUpdate.prismaName() + "`)";
        } else if (onDelete != null) {
            out += " (Implicit default `onDelete`: `" + onDelete.prismaName() + "`)";
        } else if (onUpdate != null) {
            out += " (Implicit default `onUpdate`: `" + onUpdate.prismaName() + "`)";
        }
        return out + " Read more at https://pris.ly/d/cyclic-referential-actions";
    }
}
