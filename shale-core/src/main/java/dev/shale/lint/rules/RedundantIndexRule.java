package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.lint.schema.SchemaInput.ModelIndex;
import dev.shale.psl.ast.ModelBlock;
import java.util.List;

/**
 * SH502: a plain index whose columns are the leading columns of another index, unique constraint or
 * primary key is redundant: the longer one serves the same lookups, and every write pays for both.
 * Info by default: teams often keep the foreign-key index on purpose (the practices recommend both
 * {@code @@index([userId])} and {@code @@index([userId, global])}).
 */
public final class RedundantIndexRule extends BaseRule {
    public RedundantIndexRule() {
        super("SH502", Severity.INFO, "an index that is a prefix of another index");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        for (ModelBlock m : context.schema().get().models()) {
            List<ModelIndex> indexes = SchemaInput.indexes(m);
            for (int i = 0; i < indexes.size(); i++) {
                ModelIndex index = indexes.get(i);
                if (!index.kind().equals("index")) {
                    continue;
                }
                for (int k = 0; k < indexes.size(); k++) {
                    ModelIndex other = indexes.get(k);
                    boolean longer = other.fields().size() > index.fields().size();
                    boolean duplicateLater = other.fields().size() == index.fields().size() && (k < i || !other.kind().equals("index"));
                    if (k != i && (longer || duplicateLater)
                            && other.fields().subList(0, index.fields().size()).equals(index.fields())) {
                        String cols = String.join(", ", index.fields());
                        findings.report(SchemaInput.position(index.span()), "model " + m.name().name(), "@@index([" + cols
                                + "]) on " + m.name().name() + " is a prefix of @@" + other.kind() + "(["
                                + String.join(", ", other.fields()) + "]) at line " + other.span().line(),
                                "remove @@index([" + cols + "]); the longer index serves the same lookups");
                        break;
                    }
                }
            }
        }
    }
}
