package dev.shale.introspect;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.sql.SQLException;

/** Introspection failed on the database's side: one line naming what was being read. */
final class IntrospectionException {
    private IntrospectionException() {}

    static ShaleException of(String what, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new ShaleException(ExitCode.PROBLEMS, "could not read the database's " + what + ": " + message.strip(), e);
    }
}
