package dev.shale.lint;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by a rule.
 *
 * @param code the rule's stable code ({@code SH301})
 * @param severity after configuration overrides
 * @param message what is wrong, naming the table, column, model or statement
 * @param file the file the finding points into, relative to the project root as given; empty when none
 * @param line 1-based line, 0 when the finding has no position
 * @param column 1-based column, 0 when the finding has no position
 * @param object the affected object ({@code table "Order"}, {@code index "Order_userId_idx"}, {@code model User})
 * @param fix a concrete way to resolve it
 */
public record Finding(String code, Severity severity, String message, String file, int line, int column,
        String object, String fix) {

    /** File, line, column, then code: the order every report uses. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        object = object == null ? "" : object;
        fix = fix == null ? "" : fix;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public Finding withSeverity(Severity other) {
        return new Finding(code, other, message, file, line, column, object, fix);
    }
}
