package dev.shale.db;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens JDBC connections and turns connection faults into one clear line (exit code 3). */
public final class Connections {
    private Connections() {}

    /**
     * Opens a connection to {@code url}. A wrong host, a refused connection, wrong credentials or a
     * missing database become a {@link ShaleException} with {@link ExitCode#DATABASE_UNREACHABLE}
     * whose message names the host and database, never the password.
     */
    public static Connection open(DatabaseUrl url) {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties());
        } catch (SQLException e) {
            throw unreachable(url, e);
        }
    }

    /** The one-line error for a connection that could not be opened. */
    public static ShaleException unreachable(DatabaseUrl url, SQLException e) {
        String reason = reason(e);
        return new ShaleException(ExitCode.DATABASE_UNREACHABLE,
                "cannot connect to the " + kindName(url.kind()) + " database at `" + url.location() + "`: " + reason, e);
    }

    private static String kindName(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL/MariaDB";
            case SQLITE -> "SQLite";
        };
    }

    private static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // First line only: drivers append hints and nested causes that only add noise.
        int nl = message.indexOf('\n');
        if (nl >= 0) {
            message = message.substring(0, nl);
        }
        if (state.equals("28P01") || state.equals("28000") || message.contains("Access denied")) {
            return "authentication failed (check the user name and password)";
        }
        if (state.equals("3D000") || message.contains("Unknown database")) {
            return "the database does not exist (" + message.strip() + ")";
        }
        if (state.startsWith("08")) {
            return "the server is unreachable (" + message.strip() + ")";
        }
        return message.strip();
    }
}
