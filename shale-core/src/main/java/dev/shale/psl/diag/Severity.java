package dev.shale.psl.diag;

/** How bad a diagnostic is: an error makes the schema invalid, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word Prisma prints before the message. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
