package dev.shale.cli;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --schema} and {@code --url}, shared by the commands that work on the project's database. */
final class DatabaseOptions {
    @Option(names = "--schema", paramLabel = "PATH",
            description = "The schema file or folder (default: prisma/schema.prisma, then schema.prisma); migrations/ is beside it.")
    String schema;

    @Option(names = "--url", paramLabel = "URL",
            description = "The database URL (default: DATABASE_URL, then the datasource url of the schema; with provider "
                    + "postgresql and no URL, the embedded development database).")
    String url;

    Project project() {
        return Project.locate(Path.of(""), schema);
    }

    /** Chooses the database and, for the embedded one, says so in one line. */
    DatabaseChoice database(Project project, PrintWriter err) {
        DatabaseChoice choice = project.database(url, System.getenv(), true);
        if (choice.isDevDatabase()) {
            err.println("Using the embedded development database " + choice.url().masked()
                    + " (no --url, DATABASE_URL or datasource url).");
        }
        return choice;
    }

    /** Prisma's first line: {@code Datasource "db": PostgreSQL database "app", schema "public" at "localhost:5432"}. */
    static String describe(Project project, DatabaseUrl url) {
        String name = project.datasource().map(d -> d.name()).orElse("db");
        String where = switch (url.kind()) {
            case POSTGRESQL -> "PostgreSQL database \"" + url.database() + "\", schema \"" + url.schema() + "\" at \""
                    + url.host() + ":" + url.port() + "\"";
            case MYSQL -> "MySQL database \"" + url.database() + "\" at \"" + url.host() + ":" + url.port() + "\"";
            case SQLITE -> "SQLite database \"" + Path.of(url.sqlitePath()).getFileName() + "\" at \"" + url.masked() + "\"";
        };
        return "Datasource \"" + name + "\": " + where;
    }

    static String kindName(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL/MariaDB";
            case SQLITE -> "SQLite";
        };
    }
}
