package dev.shale.psl.validate;

import dev.shale.datamodel.Datamodel;
import dev.shale.psl.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a schema: every diagnostic (warnings first, then errors, as Prisma
 * prints them) and the resolved datamodel, present only when there is no error.
 */
public record ValidationResult(List<Diagnostic> diagnostics, Optional<Datamodel> datamodel) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isValid() {
        return !hasErrors();
    }
}
