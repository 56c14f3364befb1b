package dev.shale.psl.validate;

import dev.shale.datamodel.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generator preview features Prisma 7.10 knows: the active ones (listed in its error
 * message), the hidden ones (valid, never listed) and the deprecated ones (a warning: the
 * feature is now generally available). Names are matched without regard to case, as Prisma does.
 */
final class PreviewFeatures {
    static final List<String> ACTIVE = List.of("fullTextSearchPostgres", "nativeDistinct", "partialIndexes",
            "postgresqlExtensions", "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks",
            "typedSql", "views");
    private static final Set<String> HIDDEN = Set.of("reactnative");
    private static final Set<String> DEPRECATED = lower(List.of("aggregateApi", "atomicNumberOperations", "clientExtensions",
            "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "extendedIndexes",
            "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson", "fullTextIndex", "fullTextSearch",
            "groupBy", "improvedQueryRaw", "interactiveTransactions", "jsonProtocol", "microsoftSqlServer", "middlewares",
            "mongoDb", "multiSchema", "namedConstraints", "nApi", "nativeTypes", "omitApi", "orderByAggregateGroup",
            "orderByNulls", "orderByRelation", "prismaSchemaFolder", "queryCompiler", "referentialActions",
            "referentialIntegrity", "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs"));

    private PreviewFeatures() {
    }

    private static Set<String> lower(List<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    /** Validates one generator's list; returns the enabled features in canonical spelling, lower case. */
    static void validate(List<String> features, Provider provider, dev.shale.psl.Span span, Diagnostics diagnostics,
            java.util.Set<String> enabled) {
        boolean postgres = provider == Provider.POSTGRESQL;
        List<String> active = postgres ? ACTIVE : ACTIVE.stream().filter(f -> !f.equals("fullTextSearchPostgres")).toList();
        for (String feature : features) {
            String key = feature.toLowerCase(Locale.ROOT);
            if (key.equals("fulltextsearch") && postgres) {
                diagnostics.warning("On `provider = \"postgresql\"`, preview feature \"" + feature
                        + "\" has been renamed to \"fullTextSearchPostgres\". Learn more at https://pris.ly/d/fts-postgres.", span);
                enabled.add(key);
            } else if (DEPRECATED.contains(key)) {
                diagnostics.warning("Preview feature \"" + feature
                        + "\" is deprecated. The functionality can be used without specifying it as a preview feature.", span);
                enabled.add(key);
            } else if (HIDDEN.contains(key) || active.stream().anyMatch(f -> f.equalsIgnoreCase(key))) {
                enabled.add(key);
            } else {
                diagnostics.error("The preview feature \"" + feature + "\" is not known. Expected one of: "
                        + String.join(", ", active), span);
            }
        }
    }
}
