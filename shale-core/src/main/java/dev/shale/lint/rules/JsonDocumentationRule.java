package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;

/** SH601: a Json field has no schema in the database; a {@code ///} comment must say what it holds. */
public final class JsonDocumentationRule extends BaseRule {
    public JsonDocumentationRule() {
        super("SH601", Severity.WARNING, "Json field without a /// comment describing its structure");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        for (ModelBlock m : context.schema().get().models()) {
            for (Field f : m.fields()) {
                boolean documented = f.documentation().map(d -> d.lines().map(String::strip)
                        .anyMatch(l -> !l.isEmpty() && !l.toLowerCase(java.util.Locale.ROOT).startsWith("shale:"))).orElse(false);
                if (f.fieldType().name().equals("Json") && !documented) {
                    findings.report(SchemaInput.position(f.name().span()), "field " + m.name().name() + "." + f.name().name(),
                            "Json field `" + f.name().name() + "` in model " + m.name().name()
                                    + " has no /// comment describing its structure",
                            "add a /// comment above it with the expected shape, e.g. /// { \"theme\": \"light\" | \"dark\" }");
                }
            }
        }
    }
}
