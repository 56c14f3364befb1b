package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;

/** Another deploy (Shale or Prisma) held the migration lock for longer than Shale was told to wait. */
public final class MigrationLockTimeoutException extends ShaleException {
    private static final long serialVersionUID = 1L;

    public MigrationLockTimeoutException(String message) {
        super(ExitCode.PROBLEMS, message);
    }
}
