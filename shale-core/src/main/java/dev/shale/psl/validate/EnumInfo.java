package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.EnumBlock;
import java.util.HashMap;
import java.util.Map;

/** An enum and its resolved {@code @@map}, {@code @@schema} and value {@code @map}s. */
final class EnumInfo {
    final EnumBlock ast;
    String mappedName;
    String schema;
    Span schemaSpan;
    /** Value index → mapped name. */
    final Map<Integer, String> mappedValues = new HashMap<>();

    EnumInfo(EnumBlock ast) {
        this.ast = ast;
    }

    String name() {
        return ast.name().name();
    }

    String dbName() {
        return mappedName != null ? mappedName : name();
    }

    boolean hasValue(String value) {
        return ast.values().stream().anyMatch(v -> v.name().name().equals(value));
    }
}
