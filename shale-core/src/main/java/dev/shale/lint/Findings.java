package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;

/** The sink a rule reports into; it stamps the rule's code and default severity on each finding. */
public final class Findings {
    private final Rule rule;
    private final List<Finding> collected = new ArrayList<>();
    private final java.util.Set<String> onceKeys = new java.util.HashSet<>();

    public Findings(Rule rule) {
        this.rule = rule;
    }

    /** Reports at a position with the rule's default severity. */
    public void report(Position at, String object, String message, String fix) {
        report(rule.defaultSeverity(), at, object, message, fix);
    }

    /** Reports with a severity the data decided (a large table makes a warning an error). */
    public void report(Severity severity, Position at, String object, String message, String fix) {
        Position p = at == null ? Position.NONE : at;
        collected.add(new Finding(rule.code(), severity, message, p.file(), p.line(), p.column(), object, fix));
    }

    /** Reports only the first time {@code key} is seen in this run (one finding per file, say). */
    public void reportOnce(String key, Severity severity, Position at, String object, String message, String fix) {
        if (onceKeys.add(key)) {
            report(severity, at, object, message, fix);
        }
    }

    public List<Finding> collected() {
        return List.copyOf(collected);
    }
}
