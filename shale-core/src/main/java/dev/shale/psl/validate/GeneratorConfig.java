package dev.shale.psl.validate;

import dev.shale.datamodel.ConfigValue;
import dev.shale.psl.ast.GeneratorBlock;
import java.util.List;
import java.util.Map;

/** A generator block as loaded. */
record GeneratorConfig(GeneratorBlock block, ConfigValue provider, ConfigValue output, List<String> previewFeatures,
        Map<String, String> config) {
}
