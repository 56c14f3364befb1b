package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.lint.schema.SchemaInput.ModelIndex;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.List;

/**
 * SH501: PostgreSQL does not index foreign keys by itself. Without an index whose leading columns are
 * the relation scalars, deleting a parent scans the child table and joins are slow.
 */
public final class RelationScalarIndexRule extends BaseRule {
    public RelationScalarIndexRule() {
        super("SH501", Severity.WARNING, "relation scalar fields not covered by an index");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            List<ModelIndex> indexes = SchemaInput.indexes(m);
            for (Field f : m.fields()) {
                List<String> scalars = SchemaInput.relationScalars(f);
                if (!schema.isRelationField(f) || scalars.isEmpty() || covered(scalars, indexes)) {
                    continue;
                }
                findings.report(SchemaInput.position(f.attribute("relation").orElseThrow().span()),
                        "model " + m.name().name(), "relation " + m.name().name() + "." + f.name().name() + " ("
                                + String.join(", ", scalars) + ") has no index starting with its scalar fields",
                        "add @@index([" + String.join(", ", scalars) + "]) to model " + m.name().name());
            }
        }
    }

    /** True when some index starts with the scalars (in any order among the leading columns). */
    static boolean covered(List<String> scalars, List<ModelIndex> indexes) {
        for (ModelIndex index : indexes) {
            if (index.fields().size() >= scalars.size()
                    && new java.util.HashSet<>(index.fields().subList(0, scalars.size())).equals(new java.util.HashSet<>(scalars))) {
                return true;
            }
        }
        return false;
    }
}
