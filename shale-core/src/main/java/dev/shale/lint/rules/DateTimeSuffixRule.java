package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.List;

/** SH104: DateTime fields end with {@code At} ({@code createdAt}, {@code deletedAt}); exceptions configurable. */
public final class DateTimeSuffixRule extends BaseRule {
    public DateTimeSuffixRule() {
        super("SH104", Severity.WARNING, "DateTime fields end with At");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        List<String> exceptions = context.config().naming().dateTimeSuffixExceptions();
        for (ModelBlock m : context.schema().get().models()) {
            for (Field f : m.fields()) {
                String name = f.name().name();
                if (f.fieldType().name().equals("DateTime") && !name.endsWith("At") && !exceptions.contains(name)
                        && !exceptions.contains(m.name().name() + "." + name)) {
                    String better = name.replaceAll("(Date|Time|Timestamp|On)$", "") + "At";
                    findings.report(SchemaInput.position(f.name().span()), "field " + m.name().name() + "." + name,
                            "DateTime field `" + name + "` in model " + m.name().name() + " does not end with `At`",
                            "rename it to " + better + " (@map(\"" + SchemaInput.columnName(f) + "\") keeps the column), "
                                    + "or list it in naming.dateTimeSuffixExceptions");
                }
            }
        }
    }
}
