package dev.shale.psl.validate;

import dev.shale.psl.ast.Attribute;
import java.nio.charset.StandardCharsets;

/** A constraint name given with {@code map:} must fit the provider's identifier length. */
final class DatabaseNames {
    private DatabaseNames() {
    }

    static void tooLong(PipelineContext ctx, String modelName, Attribute attribute, String name, boolean doubleAt) {
        if (name == null) {
            return;
        }
        int limit = ctx.connector.maxIdentifierLength();
        if (name.getBytes(StandardCharsets.UTF_8).length > limit) {
            ctx.diagnostics.modelError("The constraint name '" + name + "' specified in the `map` argument for the `"
                    + (doubleAt ? "@@" : "@") + attribute.name().name()
                    + "` constraint is too long for your chosen provider. The maximum allowed length is " + limit + " bytes.",
                    "model", modelName, attribute.span());
        }
    }
}
