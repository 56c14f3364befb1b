package dev.shale.lint;

/**
 * A rule that looks at one statement at a time. The linter walks every migration in order and calls
 * it for each statement of the checked ones, with the catalog as it was just before the statement.
 */
public interface StatementRule extends Rule {
    void checkStatement(StatementContext statement, Findings findings);

    /** Statement rules do their work in {@link #checkStatement}. */
    @Override
    default void check(LintContext context, Findings findings) {}
}
