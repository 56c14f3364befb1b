package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;

/** SH402: {@code onDelete: SetNull} cannot set a required scalar to NULL; deleting the parent fails. */
public final class SetNullOnRequiredRule extends BaseRule {
    public SetNullOnRequiredRule() {
        super("SH402", Severity.ERROR, "onDelete: SetNull on a required relation scalar");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            for (Field f : m.fields()) {
                if (!schema.isRelationField(f) || !SchemaInput.onDelete(f).map("SetNull"::equals).orElse(false)) {
                    continue;
                }
                for (String scalar : SchemaInput.relationScalars(f)) {
                    m.field(scalar).filter(s -> s.isValid() && s.arity() == Arity.REQUIRED).ifPresent(s -> findings.report(
                            SchemaInput.position(f.attribute("relation").orElseThrow().span()),
                            "relation " + m.name().name() + "." + f.name().name(), "onDelete: SetNull on "
                                    + m.name().name() + "." + f.name().name() + ", but `" + scalar
                                    + "` is required: deleting the parent fails",
                            "make `" + scalar + "` optional (" + s.fieldType().name() + "?), or choose Cascade or Restrict"));
                }
            }
        }
    }
}
