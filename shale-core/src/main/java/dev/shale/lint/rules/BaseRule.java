package dev.shale.lint.rules;

import dev.shale.lint.Rule;
import dev.shale.lint.Severity;

/** Code, default severity and summary of a rule, so each rule class holds only its check. */
abstract class BaseRule implements Rule {
    private final String code;
    private final Severity severity;
    private final String summary;

    BaseRule(String code, Severity severity, String summary) {
        this.code = code;
        this.severity = severity;
        this.summary = summary;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
