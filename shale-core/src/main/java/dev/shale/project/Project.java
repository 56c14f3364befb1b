package dev.shale.project;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.devdb.DevDatabase;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.StringLiteral;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Prisma project as the migration commands see it: the schema (found as Prisma finds it), the
 * {@code migrations} folder beside it, the schema's datasource, and the folder {@code .shale/} lives in
 * (the working directory).
 *
 * <p>The database is chosen as the command-line contract says: {@code --url}, else {@code DATABASE_URL},
 * else the datasource {@code url} (literal or {@code env("NAME")}); with provider {@code postgresql} and
 * no URL at all, the embedded development database.
 */
public record Project(Path workingDirectory, Optional<Path> schemaLocation, MigrationsDirectory migrations,
        Optional<Datasource> datasource) {

    /**
     * Finds the project from {@code workingDirectory} and {@code --schema} (null: {@code prisma/schema.prisma},
     * then {@code schema.prisma}). Without a schema, a {@code prisma/migrations} or {@code migrations}
     * folder is enough for the commands that only need the history.
     */
    public static Project locate(Path workingDirectory, String schemaOption) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        SchemaLoader loader = new SchemaLoader(cwd);
        boolean explicit = schemaOption != null && !schemaOption.isBlank();
        Optional<Path> schema = explicit ? Optional.of(cwd.resolve(schemaOption).normalize())
                : SchemaLoader.DEFAULT_LOCATIONS.stream().map(cwd::resolve).filter(Files::isRegularFile).findFirst();
        if (schema.isEmpty()) {
            for (String candidate : List.of("prisma/migrations", "migrations")) {
                if (Files.isDirectory(cwd.resolve(candidate))) {
                    return new Project(cwd, Optional.empty(), new MigrationsDirectory(cwd.resolve(candidate)), Optional.empty());
                }
            }
        }
        // The loader reports a missing schema (with what it looked for) as a usage error.
        List<SourceFile> sources = loader.load(schemaOption);
        Path location = schema.orElseThrow();
        Path folder = Files.isDirectory(location) ? location : location.getParent();
        return new Project(cwd, schema, new MigrationsDirectory(folder.resolve("migrations")), readDatasource(sources));
    }

    static Optional<Datasource> readDatasource(List<SourceFile> sources) {
        return Psl.parse(sources).files().stream()
                .flatMap(f -> f.ast().datasources().stream())
                .findFirst()
                .map(Project::datasource);
    }

    private static Datasource datasource(DatasourceBlock block) {
        Optional<String> provider = block.property("provider").flatMap(p -> p.value()).flatMap(Project::string);
        Optional<Expression> url = block.property("url").flatMap(p -> p.value());
        Optional<String> literal = url.flatMap(Project::string);
        Optional<String> env = url.filter(e -> e instanceof FunctionCall f && f.name().name().equals("env"))
                .flatMap(e -> ((FunctionCall) e).arguments().arguments().stream().findFirst())
                .flatMap(a -> a.value())
                .flatMap(Project::string);
        return new Datasource(block.name().name(), provider, literal, env);
    }

    private static Optional<String> string(Expression e) {
        return e instanceof StringLiteral s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The folder the schema's relative SQLite paths are relative to (Prisma's rule). */
    public Path schemaFolder() {
        return schemaLocation.map(p -> Files.isDirectory(p) ? p : p.getParent()).orElse(workingDirectory);
    }

    /** The provider: the datasource's, else the one in {@code migration_lock.toml}. */
    public Optional<String> provider() {
        return datasource.flatMap(Datasource::provider).or(() -> migrations.lockedProvider());
    }

    /**
     * The database to work on.
     *
     * @param urlOption {@code --url}, or null
     * @param environment the process environment ({@code DATABASE_URL} and {@code env("...")} variables)
     * @param allowDevDatabase whether this command may fall back to the embedded development database
     */
    public DatabaseChoice database(String urlOption, Map<String, String> environment, boolean allowDevDatabase) {
        if (urlOption != null && !urlOption.isBlank()) {
            return new DatabaseChoice(DatabaseUrl.parse(urlOption).resolveAgainst(workingDirectory), DatabaseChoice.Source.FLAG);
        }
        String fromEnv = environment.get("DATABASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DatabaseChoice(DatabaseUrl.parse(fromEnv).resolveAgainst(schemaFolder()), DatabaseChoice.Source.ENVIRONMENT);
        }
        Optional<Datasource> ds = datasource;
        if (ds.flatMap(Datasource::literalUrl).isPresent()) {
            return new DatabaseChoice(DatabaseUrl.parse(ds.get().literalUrl().get()).resolveAgainst(schemaFolder()),
                    DatabaseChoice.Source.SCHEMA);
        }
        if (ds.flatMap(Datasource::urlEnvVariable).isPresent()) {
            String name = ds.get().urlEnvVariable().get();
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return new DatabaseChoice(DatabaseUrl.parse(value).resolveAgainst(schemaFolder()), DatabaseChoice.Source.SCHEMA);
            }
            if (!isPostgres() || !allowDevDatabase) {
                throw new ShaleException(ExitCode.USAGE, "Environment variable not found: " + name
                        + " (the datasource url is env(\"" + name + "\")). Set it, or pass --url.");
            }
        }
        if (allowDevDatabase && isPostgres()) {
            return new DatabaseChoice(new DevDatabase(workingDirectory).url(), DatabaseChoice.Source.DEV_DATABASE);
        }
        throw ShaleException.usage("no database URL: pass --url, set DATABASE_URL, or set the datasource url in the schema"
                + (provider().isEmpty() ? "" : " (provider " + provider().get() + ")"));
    }

    private boolean isPostgres() {
        return provider().map(p -> p.equals(DatabaseKind.POSTGRESQL.prismaProvider()) || p.equals("postgres")).orElse(false);
    }
}
