package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code datasource} block. {@code providerAsWritten} keeps the spelling of the schema
 * ({@code postgres} or {@code postgresql}); {@code provider} is the normalised value.
 * {@code relationMode} is the effective mode (explicit, or the provider's default);
 * {@code relationModeExplicit} tells whether the schema set it. {@code schemas} are sorted by name
 * (as Prisma keeps them); {@code extensions} too.
 */
public record Datasource(
        String name,
        String providerAsWritten,
        Provider provider,
        Optional<ConfigValue> url,
        Optional<ConfigValue> directUrl,
        Optional<ConfigValue> shadowDatabaseUrl,
        RelationMode relationMode,
        boolean relationModeExplicit,
        List<PostgresExtension> extensions,
        List<String> schemas,
        Optional<String> documentation,
        SourceSpan span) {

    public Datasource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerAsWritten, "providerAsWritten");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(directUrl, "directUrl");
        Objects.requireNonNull(shadowDatabaseUrl, "shadowDatabaseUrl");
        Objects.requireNonNull(relationMode, "relationMode");
        extensions = List.copyOf(extensions);
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }
}
