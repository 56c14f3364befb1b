package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;

/**
 * SH403: a model with {@code deletedAt} keeps its rows on purpose; {@code onDelete: Cascade} from its
 * parent hard-deletes them anyway when the parent row goes.
 */
public final class CascadeIntoSoftDeleteRule extends BaseRule {
    public CascadeIntoSoftDeleteRule() {
        super("SH403", Severity.WARNING, "cascading hard delete into a model that uses soft delete");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            if (m.field("deletedAt").isEmpty()) {
                continue;
            }
            for (Field f : m.fields()) {
                if (schema.isRelationField(f) && SchemaInput.onDelete(f).map("Cascade"::equals).orElse(false)) {
                    findings.report(SchemaInput.position(f.attribute("relation").orElseThrow().span()),
                            "relation " + m.name().name() + "." + f.name().name(), "onDelete: Cascade on " + m.name().name()
                                    + "." + f.name().name() + " hard-deletes " + m.name().name()
                                    + " rows, but " + m.name().name() + " uses soft delete (deletedAt)",
                            "use onDelete: Restrict and soft-delete the children in the application, or drop deletedAt");
                }
            }
        }
    }
}
