package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;

/**
 * A migration's SQL failed. The message names the migration, the statement and its line in the file,
 * quotes the database's error, says what state the database is in and which command resolves it.
 */
public final class MigrationFailedException extends ShaleException {
    private static final long serialVersionUID = 1L;

    private final String migration;
    private final int statementNumber;
    private final int line;
    private final String databaseError;

    public MigrationFailedException(String migration, int statementNumber, int line, String databaseError, String message,
            Throwable cause) {
        super(ExitCode.PROBLEMS, message, cause);
        this.migration = migration;
        this.statementNumber = statementNumber;
        this.line = line;
        this.databaseError = databaseError;
    }

    public String migration() {
        return migration;
    }

    /** 1-based number of the failed statement in the script. */
    public int statementNumber() {
        return statementNumber;
    }

    /** The line of the script the error points at. */
    public int line() {
        return line;
    }

    /** The database's own error text. */
    public String databaseError() {
        return databaseError;
    }
}
