package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;

/**
 * SH401: what happens to the children when the parent is deleted is a product decision; Prisma's
 * default (Restrict for a required relation, SetNull for an optional one) should be chosen, not
 * inherited.
 */
public final class ExplicitOnDeleteRule extends BaseRule {
    public ExplicitOnDeleteRule() {
        super("SH401", Severity.WARNING, "relation without an explicit onDelete");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            for (Field f : m.fields()) {
                if (schema.isRelationField(f) && !SchemaInput.relationScalars(f).isEmpty()
                        && SchemaInput.onDelete(f).isEmpty()) {
                    String implicit = f.fieldType().isOptional() ? "SetNull" : "Restrict";
                    findings.report(SchemaInput.position(f.attribute("relation").orElseThrow().span()),
                            "relation " + m.name().name() + "." + f.name().name(), "relation " + m.name().name() + "."
                                    + f.name().name() + " has no onDelete: deleting a " + f.fieldType().name()
                                    + " silently uses Prisma's default (" + implicit + ")",
                            "choose one: onDelete: Cascade, Restrict, SetNull or NoAction");
                }
            }
        }
    }
}
