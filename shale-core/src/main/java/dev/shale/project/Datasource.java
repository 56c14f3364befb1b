package dev.shale.project;

import java.util.Optional;

/**
 * The schema's {@code datasource} block as far as choosing a database needs it: the provider, and the
 * URL written literally or as {@code env("NAME")}.
 */
public record Datasource(String name, Optional<String> provider, Optional<String> literalUrl, Optional<String> urlEnvVariable) {}
