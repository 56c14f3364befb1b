package dev.shale.datamodel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code generator} block. {@code config} holds every other property in schema order
 * (string values as written; arrays and other values in their schema text).
 */
public record Generator(
        String name,
        ConfigValue provider,
        Optional<ConfigValue> output,
        List<String> previewFeatures,
        List<String> binaryTargets,
        Map<String, String> config,
        Optional<String> documentation,
        SourceSpan span) {

    public Generator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(output, "output");
        previewFeatures = List.copyOf(previewFeatures);
        binaryTargets = List.copyOf(binaryTargets);
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }

    public boolean hasPreviewFeature(String feature) {
        return previewFeatures.stream().anyMatch(f -> f.equalsIgnoreCase(feature));
    }
}
