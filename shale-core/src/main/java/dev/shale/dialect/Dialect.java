package dev.shale.dialect;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.MigrationWarnings;
import dev.shale.dialect.mysql.MysqlDialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.dialect.sqlite.SqliteDialect;
import java.util.List;

/**
 * A database's SQL: what it can do ({@link #capabilities()}) and how each migration step is
 * written ({@link #statements}), in the exact form Prisma writes it.
 */
public interface Dialect {

    DatabaseKind kind();

    DialectCapabilities capabilities();

    /** The statements of one step, without their terminating semicolons (empty when there is nothing to do). */
    List<String> statements(MigrationStep step);

    /**
     * The migration script as Prisma writes {@code migration.sql}: the warnings block when the
     * migration is destructive, each step under its comment, blank lines between steps, and
     * {@code -- This is an empty migration.} when there is no step.
     */
    default String render(List<MigrationStep> steps) {
        return MigrationScript.render(this, steps, MigrationWarnings.of(steps, capabilities()));
    }

    /** The script as {@code migrate diff --script} prints it: the same, without the warnings block. */
    default String renderScript(List<MigrationStep> steps) {
        return MigrationScript.render(this, steps, new MigrationWarnings(List.of(), List.of()));
    }

    /**
     * The dialect of the database behind a connection: PostgreSQL with the URL's schema
     * ({@code ?schema=}, else {@code public}), MySQL or MariaDB as the server reports itself.
     */
    static Dialect forConnection(java.sql.Connection connection, dev.shale.db.DatabaseUrl url) throws java.sql.SQLException {
        return switch (url.kind()) {
            case POSTGRESQL -> new PostgresDialect(url.schema());
            case SQLITE -> new SqliteDialect();
            case MYSQL -> new MysqlDialect(connection.getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb"));
        };
    }

    /** The dialect of a database kind with default settings (PostgreSQL: schema {@code public}; MySQL 8). */
    static Dialect forKind(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresDialect("public");
            case SQLITE -> new SqliteDialect();
            case MYSQL -> new MysqlDialect(false);
        };
    }
}
