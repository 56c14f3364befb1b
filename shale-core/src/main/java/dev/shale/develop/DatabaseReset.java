package dev.shale.develop;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseEraser;
import dev.shale.db.DatabaseUrl;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Empties a development database, as {@code migrate reset} and {@code --force-reset} do: PostgreSQL
 * drops the URL's schema with everything in it and creates it again; MySQL/MariaDB drops and creates the
 * database; SQLite deletes the file (and its journal). Whether a database may be reset is the caller's
 * decision.
 */
public final class DatabaseReset {
    private DatabaseReset() {}

    /** What a reset removes, in words, for the line that says so. */
    public static String describe(DatabaseUrl url) {
        return switch (url.kind()) {
            case POSTGRESQL -> "the schema \"" + url.schema() + "\" of the PostgreSQL database \"" + url.database() + "\" at "
                    + url.host() + ":" + url.port();
            case MYSQL -> "the MySQL/MariaDB database \"" + url.database() + "\" at " + url.host() + ":" + url.port();
            case SQLITE -> "the SQLite database " + url.sqlitePath();
        };
    }

    public static void reset(DatabaseUrl url) {
        try {
            DatabaseEraser.erase(url);
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "could not reset " + describe(url) + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "could not reset " + describe(url) + ": " + e.getMessage());
        }
    }
}
