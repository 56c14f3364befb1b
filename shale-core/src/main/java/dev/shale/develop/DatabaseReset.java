package dev.shale.develop;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
        switch (url.kind()) {
            case POSTGRESQL -> {
                String schema = "\"" + url.schema().replace("\"", "\"\"") + "\"";
                execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
            }
            case MYSQL -> {
                String db = "`" + url.database().replace("`", "``") + "`";
                execute(url, "DROP DATABASE IF EXISTS " + db, "CREATE DATABASE " + db);
            }
            case SQLITE -> {
                Path file = Path.of(url.sqlitePath());
                try {
                    for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                    }
                } catch (IOException e) {
                    throw new ShaleException(ExitCode.PROBLEMS, "cannot delete the SQLite database " + file + ": " + e.getMessage());
                }
            }
        }
    }

    private static void execute(DatabaseUrl url, String... sql) {
        try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "could not reset " + describe(url) + ": " + e.getMessage());
        }
    }
}
