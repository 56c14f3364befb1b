package dev.shale.schemadiff;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.Provider;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.DiffSummary;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.history.HistoryStates;
import dev.shale.introspect.IntrospectionResult;
import dev.shale.introspect.Introspector;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.OpaqueObject;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrate diff}: both sides read (schemas validated and calculated, live databases
 * introspected read-only, migrations folders' states from {@link HistoryStates}: cached, or replayed on
 * a shadow database), checked to be of one provider, then diffed. Returns the steps and what was left out; printing is the caller's.
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    /**
     * What to compare.
     *
     * @param workingDirectory relative paths and SQLite URLs are resolved against it (and the embedded
     *     PostgreSQL that holds PostgreSQL shadow databases, and the history cache {@code .shale/cache}, live under it)
     * @param from the state the migration starts from
     * @param to the state it ends at
     * @param shadowUrl {@code --shadow-url}: an empty scratch database to replay migrations on (it is emptied)
     */
    public record Request(Path workingDirectory, DiffSource from, DiffSource to, Optional<String> shadowUrl) {}

    /**
     * The difference.
     *
     * @param kind the database both sides are
     * @param dialect how its SQL is written
     * @param steps the steps from {@code from} to {@code to}, in Prisma's order (empty: no difference)
     * @param unmodeled objects of the live databases Shale does not model: kept out of the diff, each once
     * @param replayed how many migrations were replayed on a shadow database
     * @param cached how many migrations' state was read from the history cache ({@code .shale/cache}) instead
     */
    public record Result(DatabaseKind kind, Dialect dialect, List<MigrationStep> steps, List<String> unmodeled, int replayed,
            int cached) {
        public Result {
            steps = List.copyOf(steps);
            unmodeled = List.copyOf(unmodeled);
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        /** The SQL as {@code migrate diff --script} renders it (ends with a newline). */
        public String script() {
            String script = dialect.renderScript(steps);
            return script.endsWith("\n") ? script : script + "\n";
        }

        /** The human summary ({@code No difference detected.} when there is none; ends with a newline). */
        public String summary() {
            return DiffSummary.render(steps);
        }
    }

    /** One side, read without touching a database: the schema validated, the URL parsed, the folder listed. */
    private record Side(String name, DiffSource source, Optional<DatabaseKind> kind, Optional<Datamodel> datamodel,
            Optional<CalculatedSchema> calculated, Optional<DatabaseUrl> url, List<Migration> migrations) {

        String describe() {
            return source.describe(name) + url.map(u -> " " + u.masked()).orElse("");
        }

        boolean emptyState() {
            return source instanceof DiffSource.Empty || (source instanceof DiffSource.Migrations && migrations.isEmpty());
        }
    }

    public static Result run(Request request) {
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        // A PostgreSQL URL's schema is the default schema of the schema files too.
        String urlNamespace = "public";
        for (DiffSource source : List.of(request.to(), request.from())) {
            if (source instanceof DiffSource.Url u && DatabaseUrl.parse(u.url()).kind() == DatabaseKind.POSTGRESQL) {
                urlNamespace = DatabaseUrl.parse(u.url()).schema();
            }
        }
        Side[] sides = prepareBoth(request, cwd, urlNamespace);
        Side from = sides[0];
        Side to = sides[1];
        DatabaseKind kind = kind(from, to);
        String namespace = kind != DatabaseKind.POSTGRESQL ? null : urlNamespace;

        State fromState = calculate(from, kind, namespace);
        State toState = calculate(to, kind, namespace);
        // A live PostgreSQL database is read in the schemas the other side uses (its datasource's schemas).
        List<String> namespaces = new ArrayList<>();
        for (State s : List.of(fromState, toState)) {
            if (s.calculated != null) {
                s.calculated.schema().namespaces().stream().filter(n -> !namespaces.contains(n)).forEach(namespaces::add);
            }
        }
        Set<String> unmodeled = new LinkedHashSet<>();
        Dialect[] dialect = {kind == DatabaseKind.POSTGRESQL ? new PostgresDialect(namespace) : Dialect.forKind(kind)};
        int replayed = 0;
        int cached = 0;
        for (State s : List.of(fromState, toState)) {
            if (s.schema != null) {
                continue;
            }
            Side side = s.side;
            if (side.url().isPresent()) {
                s.schema = introspect(side.url().get(), namespaces, unmodeled, dialect, kind);
            } else {
                Optional<DatabaseUrl> main = from.url().or(to::url);
                Optional<DatabaseUrl> shadowUrl = request.shadowUrl().map(u -> DatabaseUrl.parse(u).resolveAgainst(cwd));
                try (HistoryStates states = HistoryStates.open(kind, cwd, shadowUrl, main)) {
                    HistoryStates.State state = states.state(side.migrations());
                    s.schema = state.schema();
                    replayed += state.replayed();
                    cached += state.fromCache() ? side.migrations().size() : 0;
                }
            }
        }
        SqlSchema toSchema = toState.schema;
        if (kind == DatabaseKind.POSTGRESQL && !(to.source() instanceof DiffSource.Schema)) {
            // Prisma takes the default schema from a target schema file; without one (an empty target, a live
            // database, a migrations folder) it writes the schema into every name.
            dialect[0] = PostgresDialect.qualifyingDefaultSchema(namespace);
        }
        if (toState.calculated == null && kind != DatabaseKind.MYSQL) {
            toSchema = asIntrospectedByPrisma(toSchema, kind);
        }
        DiffOptions options = toState.calculated == null ? DiffOptions.none()
                : new DiffOptions(toState.calculated.virtualDefaultColumns());
        List<MigrationStep> steps = Differ.diff(fromState.schema, toSchema, dialect[0].capabilities(), options);
        return new Result(kind, dialect[0], steps, List.copyOf(unmodeled), replayed, cached);
    }

    /**
     * A target read from a database, as Prisma reads it: the order of every B-tree index column is
     * explicit (so {@code ASC} is written when such an index is created), and SQLite foreign keys have
     * no names (so none is written). Shale's introspection leaves ascending implicit and keeps names.
     */
    private static SqlSchema asIntrospectedByPrisma(SqlSchema schema, DatabaseKind kind) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (kind == DatabaseKind.SQLITE) {
                t = t.withForeignKeys(t.foreignKeys().stream().map(k -> new ForeignKey(null, k.columns(), k.referencedNamespace(),
                        k.referencedTable(), k.referencedColumns(), k.onDelete(), k.onUpdate())).toList());
            }
            tables.add(t.withIndexes(t.indexes().stream().map(i -> i.algorithm() != null ? i
                    : new Index(i.name(), i.kind(), i.columns().stream().map(c -> c.sortOrder() != null ? c
                            : new IndexColumn(c.column(), SortOrder.ASC, c.length(), c.operatorClass())).toList(), null,
                            i.predicate())).toList()));
        }
        return schema.withTables(tables);
    }

    /** A side's database state, filled in as it is read. */
    private static final class State {
        final Side side;
        SqlSchema schema;
        CalculatedSchema calculated;

        State(Side side) {
            this.side = side;
        }
    }

    /**
     * Both sides; two schema files are read, validated and calculated on two threads (a large schema
     * takes seconds). When both fail, the "from" side's error is the one reported, as when run in turn.
     */
    private static Side[] prepareBoth(Request request, Path cwd, String namespace) {
        if (!(request.from() instanceof DiffSource.Schema && request.to() instanceof DiffSource.Schema)) {
            Side from = prepare("from", request.from(), cwd, namespace);
            return new Side[] {from, prepare("to", request.to(), cwd, namespace)};
        }
        Side[] sides = new Side[2];
        Throwable[] fromFailure = new Throwable[1];
        Thread fromThread = new Thread(null, () -> {
            try {
                sides[0] = prepare("from", request.from(), cwd, namespace);
            } catch (RuntimeException | Error e) {
                fromFailure[0] = e;
            }
        }, "shale-diff-from", 16L << 20);
        fromThread.start();
        RuntimeException toFailure = null;
        try {
            sides[1] = prepare("to", request.to(), cwd, namespace);
        } catch (RuntimeException e) {
            toFailure = e;
        }
        try {
            fromThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + request.from().describe("from"), e);
        }
        if (fromFailure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (fromFailure[0] instanceof Error e) {
            throw e;
        }
        if (toFailure != null) {
            throw toFailure;
        }
        return sides;
    }

    /**
     * Reads a side as far as it can without a database. A schema with a datasource is calculated at once,
     * so that its syntax tree is garbage before the other side is read (large schemas are large trees).
     */
    private static Side prepare(String name, DiffSource source, Path cwd, String namespace) {
        if (source instanceof DiffSource.Empty) {
            return new Side(name, source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        if (source instanceof DiffSource.Schema s) {
            Datamodel datamodel = validate(s.path(), new SchemaLoader(cwd).load(s.path()));
            if (datamodel.datasource().isEmpty()) {
                return new Side(name, source, Optional.empty(), Optional.of(datamodel), Optional.empty(), Optional.empty(), List.of());
            }
            DatabaseKind kind = kindOf(datamodel.datasource().get().provider(), s.describe(name));
            CalculatedSchema calculated = SqlSchemaCalculator.calculate(datamodel, provider(kind),
                    kind == DatabaseKind.POSTGRESQL ? namespace : null);
            return new Side(name, source, Optional.of(kind), Optional.empty(), Optional.of(calculated), Optional.empty(), List.of());
        }
        if (source instanceof DiffSource.Url u) {
            DatabaseUrl url = DatabaseUrl.parse(u.url()).resolveAgainst(cwd);
            return new Side(name, source, Optional.of(url.kind()), Optional.empty(), Optional.empty(), Optional.of(url), List.of());
        }
        DiffSource.Migrations m = (DiffSource.Migrations) source;
        MigrationsDirectory folder = new MigrationsDirectory(cwd.resolve(m.folder()));
        if (!folder.exists()) {
            throw ShaleException.usage("the migrations folder " + folder.path() + " (" + m.describe(name) + ") does not exist");
        }
        Optional<DatabaseKind> kind = folder.lockedProvider().flatMap(Provider::fromSchema)
                .map(p -> kindOf(p, m.describe(name) + " (migration_lock.toml)"));
        return new Side(name, source, kind, Optional.empty(), Optional.empty(), Optional.empty(), folder.list());
    }

    private static Datamodel validate(String path, List<SourceFile> sources) {
        ValidationResult result = Psl.validate(sources);
        if (result.hasErrors() || result.datamodel().isEmpty()) {
            throw new ShaleException(ExitCode.PROBLEMS, "the schema " + path + " is not valid:\n"
                    + new DiagnosticRenderer(false).render(result.diagnostics(), sources).stripTrailing());
        }
        return result.datamodel().get();
    }

    private static DatabaseKind kindOf(Provider provider, String where) {
        return switch (provider) {
            case POSTGRESQL -> DatabaseKind.POSTGRESQL;
            case MYSQL -> DatabaseKind.MYSQL;
            case SQLITE -> DatabaseKind.SQLITE;
            default -> throw ShaleException.usage("the provider `" + provider.prismaName() + "` of " + where
                    + " is valid Prisma, but Shale migrates only PostgreSQL, MySQL/MariaDB and SQLite databases");
        };
    }

    /** The one provider of both sides; a side without one (empty, no datasource, no lock file) takes the other's. */
    private static DatabaseKind kind(Side from, Side to) {
        if (from.kind().isPresent() && to.kind().isPresent() && from.kind().get() != to.kind().get()) {
            throw ShaleException.usage(from.describe() + " is " + from.kind().get().prismaProvider() + " but " + to.describe()
                    + " is " + to.kind().get().prismaProvider() + ": migrate diff compares two states of one database provider");
        }
        Optional<DatabaseKind> kind = from.kind().or(to::kind);
        if (kind.isPresent()) {
            return kind.get();
        }
        if (from.emptyState() && to.emptyState()) {
            return DatabaseKind.POSTGRESQL;  // Nothing on either side: no difference, whatever the database.
        }
        throw ShaleException.usage("cannot tell which database " + from.describe() + " and " + to.describe() + " are for: "
                + "give a schema with a datasource block, a URL, or a migrations folder with migration_lock.toml");
    }

    private static State calculate(Side side, DatabaseKind kind, String namespace) {
        State state = new State(side);
        if (side.source() instanceof DiffSource.Empty || (side.source() instanceof DiffSource.Migrations && side.migrations().isEmpty())) {
            state.schema = SqlSchema.empty();
        } else if (side.calculated().isPresent()) {
            state.calculated = side.calculated().get();
            state.schema = state.calculated.schema();
        } else if (side.datamodel().isPresent()) {
            state.calculated = SqlSchemaCalculator.calculate(side.datamodel().get(), provider(kind), namespace);
            state.schema = state.calculated.schema();
        }
        return state;
    }

    private static Provider provider(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> Provider.POSTGRESQL;
            case MYSQL -> Provider.MYSQL;
            case SQLITE -> Provider.SQLITE;
        };
    }

    /** Reads a live database (never writes to it); its unmodelled objects are added to {@code unmodeled}. */
    private static SqlSchema introspect(DatabaseUrl url, List<String> namespaces, Set<String> unmodeled, Dialect[] dialect,
            DatabaseKind kind) {
        if (kind == DatabaseKind.SQLITE && !url.sqlitePath().equals(":memory:") && !Files.isRegularFile(Path.of(url.sqlitePath()))) {
            throw new ShaleException(ExitCode.DATABASE_UNREACHABLE, "the SQLite database file `" + url.sqlitePath()
                    + "` does not exist; migrate diff reads an existing database and does not create one");
        }
        try (Connection c = Connections.open(url)) {
            List<String> read = namespaces.isEmpty() && kind == DatabaseKind.POSTGRESQL ? List.of(url.schema()) : namespaces;
            IntrospectionResult result = Introspector.forKind(kind).introspect(c, read.toArray(String[]::new));
            for (OpaqueObject o : result.unmodeled()) {
                unmodeled.add(o.describe());
            }
            if (kind == DatabaseKind.MYSQL) {
                dialect[0] = Dialect.forConnection(c, url);
            }
            return result.schema();
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }
}
