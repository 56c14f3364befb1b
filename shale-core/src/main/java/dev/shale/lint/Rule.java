package dev.shale.lint;

/**
 * One lint rule. A rule reads what it needs from the {@link LintContext} (the migration SQL, the
 * history, the schema, the data) and reports through the {@link Findings} sink; it never throws
 * for bad input (an unparseable statement is reported once, by the linter, as SH001).
 */
public interface Rule {
    /** The stable code, e.g. {@code SH301}. */
    String code();

    /** Severity before configuration overrides. */
    Severity defaultSeverity();

    /** One line: what the rule checks (used in SARIF rule descriptions and docs). */
    String summary();

    /**
     * True when the rule reads the migrations' SQL as PostgreSQL (every statement rule, and the few
     * whole-context rules that look into statements): the linter runs it only on a PostgreSQL project.
     */
    default boolean readsPostgresSql() {
        return this instanceof StatementRule;
    }

    /** Checks the context and reports findings. */
    void check(LintContext context, Findings findings);
}
