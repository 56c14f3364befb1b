package dev.shale.develop;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.diff.DiffOptions;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import java.nio.file.Path;
import java.util.List;

/**
 * The schema a development command moves the database to: the files read and validated, the
 * database they describe (for the URL's PostgreSQL schema), and the dialect that writes the SQL.
 */
public record TargetSchema(List<SourceFile> sources, Datamodel datamodel, DatabaseKind kind, CalculatedSchema calculated) {

    /** Reads and validates the schema; an invalid schema is a one-message error (exit 1) with Prisma's diagnostics. */
    public static TargetSchema load(Path workingDirectory, String schemaOption, DatabaseUrl url) {
        List<SourceFile> sources = new SchemaLoader(workingDirectory).load(schemaOption);
        ValidationResult result = Psl.validate(sources);
        if (result.hasErrors() || result.datamodel().isEmpty()) {
            throw new ShaleException(ExitCode.PROBLEMS, "the schema is not valid; nothing was changed:\n"
                    + new DiagnosticRenderer(false).render(result.diagnostics(), sources).stripTrailing());
        }
        Datamodel datamodel = result.datamodel().get();
        DatabaseKind kind = switch (datamodel.provider()) {
            case POSTGRESQL -> DatabaseKind.POSTGRESQL;
            case MYSQL -> DatabaseKind.MYSQL;
            case SQLITE -> DatabaseKind.SQLITE;
            default -> throw ShaleException.usage("Shale migrates PostgreSQL, MySQL/MariaDB and SQLite; the provider `"
                    + datamodel.provider().prismaName() + "` is valid Prisma but cannot be migrated by Shale.");
        };
        if (url.kind() != kind) {
            throw ShaleException.usage("the database " + url.masked() + " is a " + url.kind().prismaProvider()
                    + " database, but the schema's provider is " + datamodel.provider().prismaName());
        }
        String namespace = kind == DatabaseKind.POSTGRESQL ? url.schema() : null;
        return new TargetSchema(List.copyOf(sources), datamodel, kind, SqlSchemaCalculator.calculate(datamodel, namespace));
    }

    /** The provider as {@code migration_lock.toml} names it. */
    public String provider() {
        return datamodel.provider().prismaName();
    }

    public DiffOptions diffOptions() {
        return new DiffOptions(calculated.virtualDefaultColumns());
    }

    /** The dialect for {@code url} (PostgreSQL: its schema; MySQL: MariaDB or MySQL as the connection reports). */
    public Dialect dialect(java.sql.Connection connection, DatabaseUrl url) throws java.sql.SQLException {
        return kind == DatabaseKind.POSTGRESQL ? new PostgresDialect(url.schema()) : Dialect.forConnection(connection, url);
    }
}
