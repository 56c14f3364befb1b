package dev.shale;

/** The process exit codes of every Shale command, as the command-line contract fixes them. */
public enum ExitCode {
    /** All is well. */
    OK(0),
    /** Shale found problems: diagnostics, lint errors, drift, a failed migration. */
    PROBLEMS(1),
    /** The command was called wrongly: unknown flag, missing file, bad argument. */
    USAGE(2),
    /** The database could not be reached (wrong URL, host down, wrong credentials). */
    DATABASE_UNREACHABLE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
