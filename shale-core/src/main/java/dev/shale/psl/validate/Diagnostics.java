package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one validation run. Errors and warnings are kept apart, each in the
 * order found, because Prisma prints every warning before the first error.
 */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void error(String message, Span span) {
        errors.add(Diagnostic.error(message, span));
    }

    public void warning(String message, Span span) {
        warnings.add(Diagnostic.warning(message, span));
    }

    public void add(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            errors.add(diagnostic);
        } else {
            warnings.add(diagnostic);
        }
    }

    /** {@code Error parsing attribute "<name>": <message>}, Prisma's form for a bad attribute. */
    public void attributeError(String message, String attributeName, Span span) {
        error("Error parsing attribute \"" + attributeName + "\": " + message, span);
    }

    /** {@code Error validating: <message>}. */
    public void validationError(String message, Span span) {
        error("Error validating: " + message, span);
    }

    /** {@code Error validating <model|view> "<name>": <message>}. */
    public void modelError(String message, String blockType, String modelName, Span span) {
        error("Error validating " + blockType + " \"" + modelName + "\": " + message, span);
    }

    /** {@code Error validating field `<field>` in <model|view> `<name>`: <message>}. */
    public void fieldError(String message, String container, String modelName, String field, Span span) {
        error("Error validating field `" + field + "` in " + container + " `" + modelName + "`: " + message, span);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.size();
    }

    /** Warnings first, then errors, each group in the order found. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(warnings.size() + errors.size());
        all.addAll(warnings);
        all.addAll(errors);
        return List.copyOf(all);
    }
}
