package dev.shale.psl.validate;

import dev.shale.psl.ast.CompositeTypeBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A composite type ({@code type X { ... }}) and its resolved fields. */
final class CompositeTypeInfo {
    final CompositeTypeBlock ast;
    final List<CompositeFieldInfo> fields = new ArrayList<>();
    /** Fields by name (the last of a repeated name). */
    final Map<String, CompositeFieldInfo> fieldsByName = new HashMap<>();

    CompositeTypeInfo(CompositeTypeBlock ast) {
        this.ast = ast;
    }

    String name() {
        return ast.name().name();
    }
}
