package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;

/**
 * SH003: the change between the migrations and the schema could not be computed (no shadow
 * database for MySQL, an invalid schema, a migration that does not replay), so it was not checked.
 * Info when it only could not be computed here; a warning when a migration does not apply.
 */
public final class PendingChangeNotCheckedRule extends BaseRule {
    public PendingChangeNotCheckedRule() {
        super("SH003", Severity.INFO, "pending change not checked");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        context.pendingChangeNotChecked().ifPresent(reason -> findings.report(
                reason.problem() ? Severity.WARNING : Severity.INFO, Position.NONE, "",
                "pending change not checked: " + reason.reason(),
                reason.problem() ? "fix the migration so the history replays, or run with --no-pending"
                        : "give what is missing (e.g. --shadow-url), or run with --no-pending"));
    }
}
