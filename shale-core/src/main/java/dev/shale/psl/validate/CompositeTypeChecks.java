package dev.shale.psl.validate;

import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** Composite types: only on MongoDB, at least one field, no endless required cycles, valid defaults and native types. */
final class CompositeTypeChecks {
    private final PipelineContext ctx;

    CompositeTypeChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void run() {
        cycles();
        NativeTypeChecks nativeTypes = new NativeTypeChecks(ctx);
        DefaultValueChecks defaults = new DefaultValueChecks(ctx);
        for (CompositeTypeInfo type : ctx.db.compositeTypes) {
            if (!ctx.has(Capability.COMPOSITE_TYPES)) {
                ctx.diagnostics.validationError("Composite types are not supported on " + ctx.connector.name() + ".", type.ast.span());
            }
            if (!ctx.diagnostics.hasErrors()) {
                if (type.fields.isEmpty()) {
                    ctx.diagnostics.validationError("A type must have at least one field defined.", type.ast.span());
                }
                for (CompositeFieldInfo field : type.fields) {
                    if (field.defaultValue != null && field.defaultValue.mappedName() != null) {
                        ctx.diagnostics.attributeError("A `map` argument for the default value of a field on a composite type is not allowed. Consider removing it.",
                                "@default", field.defaultValue.attribute().span());
                    }
                    defaults.values(field.defaultValue == null ? null : field.defaultValue.value(), field.type.builtin());
                    nativeTypes.check(field);
                }
            }
        }
    }

    private record Step(CompositeFieldInfo field, List<CompositeTypeInfo> path) {
    }

    private void cycles() {
        List<CompositeTypeInfo> visited = new ArrayList<>();
        List<Object[]> errors = new ArrayList<>();
        Deque<Step> stack = new ArrayDeque<>();
        for (CompositeTypeInfo type : ctx.db.compositeTypes) {
            for (CompositeFieldInfo field : type.fields) {
                if (field.arity() == Arity.REQUIRED) {
                    stack.addLast(new Step(field, null));
                }
            }
        }
        while (!stack.isEmpty()) {
            Step step = stack.removeLast();
            List<CompositeTypeInfo> path = step.path();
            if (path == null) {
                visited.clear();
                path = List.of(step.field().owner);
            }
            if (!(step.field().type instanceof TypeRef.Composite composite)) {
                continue;
            }
            CompositeTypeInfo target = composite.info();
            CompositeFieldInfo field = step.field();
            if (target == field.owner) {
                errors.add(new Object[] {target, "The type is the same as the parent and causes an endless cycle. Please change the field to be either optional or a list.", field});
            } else if (!visited.isEmpty() && visited.get(0) == target) {
                List<String> names = new ArrayList<>();
                for (int i = path.size() - 1; i >= 0; i--) {
                    names.add("`" + path.get(i).name() + "`");
                }
                errors.add(new Object[] {target, "The types cause an endless cycle in the path " + String.join(" → ", names)
                        + ". Please change one of the fields to be either optional or a list to break the cycle.", field});
            } else {
                visited.add(target);
                for (CompositeFieldInfo next : target.fields) {
                    if (next.arity() == Arity.REQUIRED) {
                        List<CompositeTypeInfo> extended = new ArrayList<>(path);
                        extended.add(next.owner);
                        stack.addLast(new Step(next, extended));
                    }
                }
            }
        }
        errors.sort(Comparator.comparingInt(e -> ctx.db.compositeTypes.indexOf((CompositeTypeInfo) e[0])));
        for (Object[] error : errors) {
            CompositeFieldInfo field = (CompositeFieldInfo) error[2];
            ctx.diagnostics.error("Error validating field `" + field.name() + "` in composite type `" + field.owner.name() + "`: "
                    + error[1], field.ast.span());
        }
    }
}
