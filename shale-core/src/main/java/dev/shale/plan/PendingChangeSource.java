package dev.shale.plan;

import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.history.HistoryCache;
import dev.shale.history.HistoryStates;
import dev.shale.lint.PendingChange;
import dev.shale.migrate.Migration;
import dev.shale.datamodel.Provider;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.ast.StringLiteral;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.psl.validate.Validator;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pending change of a project: the differ's steps from the state its migrations lead to
 * ({@link HistoryStates}: read from the project's cache, or replayed on a shadow database) to {@code calc(schema)}.
 * Used by {@code shale lint} and meant for {@code migrate dev}; it prints nothing and, when the
 * change cannot be computed (invalid schema, a provider Shale does not migrate, MySQL without a
 * shadow database, a migration that does not apply), says why instead of failing.
 */
public final class PendingChangeSource {
    private PendingChangeSource() {}

    /**
     * What to compute from.
     *
     * @param projectDir the project (its embedded server holds PostgreSQL shadow databases; its {@code .shale/cache} the cache)
     * @param schema the schema, parsed (the caller usually has it already; validation reuses the syntax tree)
     * @param migrations the migrations folder's migrations, in order
     * @param url the project's database, when known (its schema is the PostgreSQL namespace; a shadow URL must differ from it)
     * @param shadowUrl a scratch database to replay on ({@code --shadow-url}), emptied before use
     * @param shaleVersion the running version (part of the rendered change's cache key)
     */
    public record Request(Path projectDir, ParsedSchema schema, List<Migration> migrations, Optional<DatabaseUrl> url,
            Optional<DatabaseUrl> shadowUrl, String shaleVersion) {
        public Request {
            Objects.requireNonNull(projectDir, "projectDir");
            Objects.requireNonNull(schema, "schema");
            migrations = List.copyOf(migrations);
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(shadowUrl, "shadowUrl");
            Objects.requireNonNull(shaleVersion, "shaleVersion");
        }
    }

    /** The outcome: a change (possibly empty), or why it was not computed. */
    public sealed interface Outcome {}

    /**
     * The pending change.
     *
     * @param change the steps rendered as the next migration (no steps: the migrations match the schema)
     * @param kind the database kind
     * @param from the migrations' state
     * @param to {@code calc(schema)}
     * @param history where {@code from} came from (cache or replay)
     */
    public record Computed(PendingChange change, DatabaseKind kind, SqlSchema from, SqlSchema to, HistoryStates.State history)
            implements Outcome {
        public boolean inSync() {
            return change.steps().isEmpty();
        }
    }

    /**
     * The pending change as rendered SQL only (its steps are not kept), read from the cache because
     * neither the schema nor the migrations changed since it was computed; enough for the linter.
     *
     * @param change the rendered change, with no steps
     * @param steps how many steps it had (0: in sync)
     */
    public record Rendered(PendingChange change, int steps) implements Outcome {
        public boolean inSync() {
            return steps == 0;
        }
    }

    /**
     * Why there is no change to look at.
     *
     * @param reason one line, e.g. {@code MySQL needs a shadow database: pass --shadow-url ...}
     * @param problem true when the project has a problem (a migration that does not apply), false when
     *     the change only could not be computed here (no shadow database, unsupported provider)
     */
    public record NotComputed(String reason, boolean problem) implements Outcome {}

    /**
     * Like {@link #compute}, but answers {@link Rendered} from the project's cache when the schema text
     * and the migrations are those of an earlier run (no validation, replay or diff); a computed change
     * is cached for the next run. For callers that only need the SQL (the linter).
     */
    public static Outcome computeRendered(Request request) {
        HistoryCache cache = new HistoryCache(request.projectDir(), request.shaleVersion());
        String key = cache.changeKey(request.schema().sources(), request.url().map(DatabaseUrl::schema).orElse(null),
                request.shadowUrl().map(DatabaseUrl::schema).orElse(null), request.migrations());
        Optional<HistoryCache.RenderedChange> cached = cache.readChange(key);
        if (cached.isPresent()) {
            return new Rendered(new PendingChange(List.of(), cached.get().sql()), cached.get().steps());
        }
        Outcome outcome = compute(request);
        if (outcome instanceof Computed computed) {
            cache.writeChange(key, new HistoryCache.RenderedChange(computed.change().steps().size(), computed.change().sql()));
        }
        return outcome;
    }

    public static Outcome compute(Request request) {
        // The cached history state (a large JSON file) is read and parsed while the schema is validated and
        // calculated, for the provider the datasource names; HistoryStates checks the key before using it.
        Optional<DatabaseKind> declared = declaredKind(request.schema())
                .filter(k -> request.shadowUrl().map(u -> u.kind() == k).orElse(true));
        HistoryStates.Prefetch prefetch = declared.isPresent() && !request.migrations().isEmpty()
                ? HistoryStates.prefetch(declared.get(), request.projectDir(), request.shadowUrl(), request::migrations)
                : null;
        ValidationResult validation = Validator.validate(request.schema());
        if (validation.hasErrors() || validation.datamodel().isEmpty()) {
            return new NotComputed("the schema is not valid (`shale validate` shows why)", false);
        }
        Datamodel datamodel = validation.datamodel().get();
        Optional<DatabaseKind> kind = switch (datamodel.provider()) {
            case POSTGRESQL -> Optional.of(DatabaseKind.POSTGRESQL);
            case MYSQL -> Optional.of(DatabaseKind.MYSQL);
            case SQLITE -> Optional.of(DatabaseKind.SQLITE);
            default -> Optional.empty();
        };
        if (kind.isEmpty()) {
            return new NotComputed("Shale does not migrate the provider `" + datamodel.provider().prismaName() + "`", false);
        }
        DatabaseKind k = kind.get();
        if (k == DatabaseKind.MYSQL && request.shadowUrl().isEmpty() && !request.migrations().isEmpty()) {
            return new NotComputed("MySQL/MariaDB needs a shadow database to replay the migrations on: pass --shadow-url "
                    + "mysql://USER@HOST:3306/SCRATCH_DB (an empty database Shale may wipe)", false);
        }
        if (request.shadowUrl().isPresent() && request.shadowUrl().get().kind() != k) {
            return new NotComputed("the shadow database " + request.shadowUrl().get().masked() + " is not a "
                    + k.prismaProvider() + " database like the schema's", false);
        }
        String namespace = k == DatabaseKind.POSTGRESQL
                ? request.url().filter(u -> u.kind() == k).map(DatabaseUrl::schema).orElse("public") : null;
        CalculatedSchema to = SqlSchemaCalculator.calculate(datamodel, namespace);
        Dialect dialect = k == DatabaseKind.POSTGRESQL ? new PostgresDialect(namespace) : Dialect.forKind(k);
        HistoryStates.State history;
        try (HistoryStates states = prefetch != null && declared.get() == k
                ? HistoryStates.open(k, request.projectDir(), request.shadowUrl(), request.url(), prefetch)
                : HistoryStates.open(k, request.projectDir(), request.shadowUrl(), request.url())) {
            history = states.state(request.migrations());
        } catch (RuntimeException e) {
            List<String> lines = e.getMessage() == null ? List.of(e.toString())
                    : e.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String first = lines.isEmpty() ? e.toString() : lines.get(0);
            boolean badMigration = e instanceof ShaleException && first.startsWith("migration `");
            if (badMigration && lines.size() > 1) {
                first = first + ": " + lines.get(lines.size() - 1);
            }
            return new NotComputed(badMigration ? first : "no shadow database to replay the migrations on: " + first,
                    badMigration);
        }
        List<MigrationStep> steps = Differ.diff(history.schema(), to.schema(), dialect.capabilities(),
                new DiffOptions(to.virtualDefaultColumns()));
        return new Computed(PendingChange.of(steps, dialect), k, history.schema(), to.schema(), history);
    }

    /** The database kind the first datasource's {@code provider} names, read from the syntax tree (before validation). */
    public static Optional<DatabaseKind> declaredKind(ParsedSchema schema) {
        return schema.files().stream().flatMap(f -> f.ast().datasources().stream()).findFirst()
                .flatMap(d -> d.property("provider")).flatMap(p -> p.value())
                .flatMap(v -> v instanceof StringLiteral literal ? Provider.fromSchema(literal.value()) : Optional.empty())
                .flatMap(p -> switch (p) {
                    case POSTGRESQL -> Optional.of(DatabaseKind.POSTGRESQL);
                    case MYSQL -> Optional.of(DatabaseKind.MYSQL);
                    case SQLITE -> Optional.of(DatabaseKind.SQLITE);
                    default -> Optional.<DatabaseKind>empty();
                });
    }
}
