package dev.shale;

/**
 * The one exception root of Shale. Its message is a complete, user-facing sentence (never a
 * stack trace, never a password); its exit code is the one the command line returns.
 */
public class ShaleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public ShaleException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ShaleException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static ShaleException usage(String message) {
        return new ShaleException(ExitCode.USAGE, message);
    }

    public static ShaleException problems(String message) {
        return new ShaleException(ExitCode.PROBLEMS, message);
    }

    public static ShaleException unreachable(String message, Throwable cause) {
        return new ShaleException(ExitCode.DATABASE_UNREACHABLE, message, cause);
    }
}
