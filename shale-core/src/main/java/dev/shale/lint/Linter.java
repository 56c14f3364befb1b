package dev.shale.lint;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.schema.SchemaSuppressions;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.SqlCatalog;
import dev.shale.lint.sql.SqlComment;
import dev.shale.lint.sql.SqlStatement;
import dev.shale.migrate.MigrationDirectives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the rules over a {@link LintContext}: whole-context rules once, statement rules (which read
 * PostgreSQL; for another database they do not run, see SH004) on each statement of each checked migration (one pass over all migrations, so the cost is linear in the
 * size of the history), then applies configured severities and suppressions. A rule that fails on
 * odd input reports that statement as not checked instead of stopping the run.
 */
public final class Linter {
    private final RuleRegistry registry;

    public Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    public static Linter standard() {
        return new Linter(RuleRegistry.standard());
    }

    public LintReport lint(LintContext context) {
        boolean postgres = context.sqlKind() == DatabaseKind.POSTGRESQL;
        List<Rule> active = registry.rules().stream().filter(r -> !context.config().disabled(r.code()))
                .filter(r -> postgres || !r.readsPostgresSql()).toList();
        Map<Rule, Findings> sinks = new LinkedHashMap<>();
        active.forEach(r -> sinks.put(r, new Findings(r)));
        // Without a database, the whole-context rules (the schema's, mostly) run on a second thread beside
        // the walk over the statements: the two share only the read-only context, each rule has its own sink.
        // With one, both would ask its single connection: one after the other.
        List<Rule> contextRules = active.stream().filter(r -> !(r instanceof StatementRule)).toList();
        CompletableFuture<List<Finding>> contextFailures = context.data().connected()
                ? CompletableFuture.completedFuture(checkContext(context, contextRules, sinks))
                : CompletableFuture.supplyAsync(() -> checkContext(context, contextRules, sinks));
        List<StatementRule> statementRules = active.stream().filter(StatementRule.class::isInstance)
                .map(StatementRule.class::cast).toList();
        List<Finding> statementFailures = new ArrayList<>();
        walkStatements(context, statementRules, sinks, statementFailures);
        List<Finding> findings;
        try {
            findings = new ArrayList<>(contextFailures.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        findings.addAll(statementFailures);
        sinks.values().forEach(s -> findings.addAll(s.collected()));
        List<Finding> configured = findings.stream()
                .map(f -> f.withSeverity(context.config().severity(f.code(), f.severity())))
                .map(f -> PendingChangeLocator.locate(f, context.schema())).toList();
        List<Suppression> suppressions = suppressions(context);
        List<Finding> kept = configured.stream()
                .filter(f -> f.code().equals("SH002") || suppressions.stream().noneMatch(s -> s.covers(f))).toList();
        List<String> files = new ArrayList<>();
        context.schema().ifPresent(schema -> schema.parsed().sources().forEach(src -> files.add(src.name())));
        context.migrations().forEach(m -> files.add(m.file()));
        return new LintReport(kept, files, active);
    }

    private static List<Finding> checkContext(LintContext context, List<Rule> rules, Map<Rule, Findings> sinks) {
        List<Finding> failures = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                rule.check(context, sinks.get(rule));
            } catch (RuntimeException e) {
                failures.add(new Finding(rule.code(), Severity.WARNING, "rule " + rule.code()
                        + " failed (" + e + "); its checks did not run", "", 0, 0, "", "report this as a bug"));
            }
        }
        return failures;
    }

    private static void walkStatements(LintContext context, List<StatementRule> rules, Map<Rule, Findings> sinks,
            List<Finding> failures) {
        SqlCatalog catalog = new SqlCatalog();
        for (MigrationSource migration : context.migrations()) {
            boolean checked = context.isChecked(migration);
            boolean inTransaction = false;
            MigrationDirectives header = headerDirectives(migration);
            boolean lockTimeout = header.lockTimeout().filter(d -> !d.isZero()).isPresent();
            boolean statementTimeout = header.statementTimeout().filter(d -> !d.isZero()).isPresent();
            for (SqlStatement statement : migration.script().statements()) {
                if (checked && !(statement.parsed() instanceof ParsedStatement.Unparsed)) {
                    StatementContext sc = new StatementContext(context, migration, statement, catalog, inTransaction,
                            lockTimeout, statementTimeout);
                    for (StatementRule rule : rules) {
                        try {
                            rule.checkStatement(sc, sinks.get(rule));
                        } catch (RuntimeException e) {
                            failures.add(new Finding(rule.code(), Severity.WARNING, "rule " + rule.code() + " failed on `"
                                    + statement.summary() + "` (" + e + "); statement not checked by it",
                                    migration.file(), statement.line(), statement.column(), "", "report this as a bug"));
                        }
                    }
                }
                ParsedStatement parsed = statement.parsed();
                if (parsed instanceof ParsedStatement.Transaction t) {
                    inTransaction = t.kind() == ParsedStatement.Transaction.Kind.BEGIN;
                } else if (parsed instanceof ParsedStatement.SetParameter set) {
                    boolean on = !set.value().strip().equals("0") && !set.value().equalsIgnoreCase("default");
                    if (set.name().equals("lock_timeout")) {
                        lockTimeout = on;
                    } else if (set.name().equals("statement_timeout")) {
                        statementTimeout = on;
                    }
                }
                catalog.apply(migration.name(), parsed);
            }
        }
    }

    /**
     * The deploy runner's header lines ({@code -- shale:lock-timeout 5s}, {@code -- shale:statement-timeout 10min}):
     * {@code migrate deploy} sets them before the first statement, so they count as a {@code SET}. A malformed
     * header is the runner's error to report (it refuses the file); here it simply sets nothing.
     */
    private static MigrationDirectives headerDirectives(MigrationSource migration) {
        try {
            return MigrationDirectives.parse(migration.script().source(), migration.file());
        } catch (ShaleException e) {
            return MigrationDirectives.NONE;
        }
    }

    /** The suppressions written in the checked migration files, tied to the lines of their statement. */
    static List<Suppression> suppressions(LintContext context) {
        List<Suppression> all = new ArrayList<>();
        context.schema().ifPresent(schema -> all.addAll(new SchemaSuppressions(schema).suppressions()));
        for (MigrationSource migration : context.migrations()) {
            for (SqlStatement statement : migration.script().statements()) {
                int last = statement.tokens().get(statement.tokens().size() - 1).line();
                for (SqlComment c : statement.comments()) {
                    Suppression.parse(c.body()).ifPresent(p -> all.add(new Suppression(migration.file(), p.codes(),
                            p.reason(), p.wholeFile() ? 0 : statement.line(), p.wholeFile() ? Integer.MAX_VALUE : last,
                            c.line(), c.column())));
                }
            }
            for (SqlComment c : migration.script().comments()) {
                Suppression.parse(c.body()).filter(Suppression.Parsed::wholeFile).ifPresent(p -> all.add(
                        new Suppression(migration.file(), p.codes(), p.reason(), 0, Integer.MAX_VALUE, c.line(), c.column())));
            }
        }
        return all;
    }
}
