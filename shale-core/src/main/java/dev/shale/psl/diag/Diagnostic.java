package dev.shale.psl.diag;

import dev.shale.psl.Span;
import java.util.Objects;

/** One problem found in a schema: its severity, the message (Prisma's words) and where. */
public record Diagnostic(Severity severity, String message, Span span) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, message, span);
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
