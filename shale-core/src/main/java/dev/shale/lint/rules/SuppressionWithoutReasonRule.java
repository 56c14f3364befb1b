package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.RuleRegistry;
import dev.shale.lint.Severity;
import dev.shale.lint.Suppression;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.SqlComment;
import java.util.Optional;

/**
 * SH002: a suppression must say why the finding does not apply, so the next reader can judge it;
 * one without a reason, naming an unknown code, or malformed is reported (and still honoured when
 * it names a code).
 */
public final class SuppressionWithoutReasonRule extends BaseRule {
    public SuppressionWithoutReasonRule() {
        super("SH002", Severity.WARNING, "suppression without a reason");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        RuleRegistry registry = RuleRegistry.standard();
        context.schema().ifPresent(schema -> new dev.shale.lint.schema.SchemaSuppressions(schema).written()
                .forEach(w -> checkOne(w.body(), w.at(), registry, findings)));
        for (MigrationSource m : context.checkedMigrations()) {
            for (SqlComment c : m.script().comments()) {
                if (!Suppression.looksLikeSuppression(c)) {
                    continue;
                }
                checkOne(c.body(), new Position(m.file(), c.line(), c.column()), registry, findings);
            }
        }
    }

    private static void checkOne(String body, Position at, RuleRegistry registry, Findings findings) {
        Optional<Suppression.Parsed> parsed = Suppression.parse(body);
        if (parsed.isEmpty()) {
            findings.report(at, "", "malformed suppression `" + body + "`",
                    "write it as `shale:ignore SH301 the reason it does not apply`");
            return;
        }
        for (String code : parsed.get().codes()) {
            if (registry.find(code).isEmpty()) {
                findings.report(at, "", "suppression names unknown rule " + code, "use a code from docs/lint-rules.md");
            }
        }
        if (parsed.get().reason().isEmpty()) {
            findings.report(at, "", "suppression of " + String.join(", ", parsed.get().codes())
                    + " gives no reason", "add why the finding does not apply: `shale:ignore "
                    + String.join(",", parsed.get().codes()) + " <reason>`");
        }
    }
}
