package dev.shale.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the database a URL names: PostgreSQL drops the URL's schema with everything in it and creates it
 * again; MySQL/MariaDB drops and creates the database; SQLite deletes the file and its journal files.
 * Whether a database may be emptied, and how a failure is worded, is the caller's business
 * ({@code migrate reset}, {@code --force-reset}, a user's shadow database).
 */
public final class DatabaseEraser {
    private DatabaseEraser() {}

    public static void erase(DatabaseUrl url) throws SQLException, IOException {
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
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                }
            }
        }
    }

    private static void execute(DatabaseUrl url, String... sql) throws SQLException {
        try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }
}
