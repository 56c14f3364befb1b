package dev.shale.psl.validate;

import dev.shale.datamodel.ConfigValue;
import dev.shale.datamodel.Provider;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.ast.Property;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Loads the {@code generator} blocks: provider, output, preview features and the other properties. */
final class GeneratorLoader {
    private final Diagnostics diagnostics;

    GeneratorLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Loads every generator; {@code enabled} receives the enabled preview features (lower case). */
    List<GeneratorConfig> load(List<GeneratorBlock> blocks, Provider provider, Set<String> enabled) {
        List<GeneratorConfig> out = new ArrayList<>();
        for (GeneratorBlock block : blocks) {
            GeneratorConfig config = lift(block, provider, enabled);
            if (config != null) {
                out.add(config);
            }
        }
        return out;
    }

    private GeneratorConfig lift(GeneratorBlock block, Provider provider, Set<String> enabled) {
        String name = block.name().name();
        Map<String, Expression> args = new HashMap<>();
        boolean missing = false;
        for (Property property : block.properties()) {
            if (property.value().isEmpty()) {
                diagnostics.error("Property " + property.name().name() + " in generator " + name + " needs to be assigned a value",
                        block.span());
                missing = true;
            } else {
                args.put(property.name().name(), property.value().get());
            }
        }
        if (missing) {
            return null;
        }
        Expression engineType = args.get("engineType");
        if (engineType != null && !(engineType instanceof StringLiteral)) {
            diagnostics.error("Expected a String value, but received " + Expressions.describe(engineType) + " value `"
                    + Expressions.render(engineType) + "`.", engineType.span());
        }
        Expression providerValue = args.get("provider");
        if (providerValue == null) {
            diagnostics.error("Argument \"provider\" is missing in generator block \"" + name + "\".", block.span());
            return null;
        }
        Optional<ConfigValue> generatorProvider = EnvFunction.coerce(providerValue, diagnostics);
        if (generatorProvider.isEmpty()) {
            return null;
        }
        ConfigValue output = null;
        if (args.containsKey("output")) {
            output = EnvFunction.coerce(args.get("output"), diagnostics).orElse(null);
        }
        List<String> features = List.of();
        Expression preview = args.get("previewFeatures");
        if (preview != null) {
            Optional<List<String>> list = Expressions.array(preview, Expressions::string, diagnostics);
            if (list.isPresent()) {
                features = list.get();
                PreviewFeatures.validate(features, provider, preview.span(), diagnostics, enabled);
            }
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Property property : block.properties()) {
            String key = property.name().name();
            if (!Set.of("provider", "output", "binaryTargets", "previewFeatures").contains(key)) {
                Expression value = property.value().get();
                config.put(key, value instanceof StringLiteral literal ? literal.value() : value.source());
            }
        }
        return new GeneratorConfig(block, generatorProvider.get(), output, features, config);
    }
}
