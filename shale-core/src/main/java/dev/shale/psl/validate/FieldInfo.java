package dev.shale.psl.validate;

import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Field;

/** A model or view field whose type resolved: scalar or relation. */
sealed interface FieldInfo permits ScalarFieldInfo, RelationFieldInfo {
    Field ast();

    ModelInfo model();

    default String name() {
        return ast().name().name();
    }

    default Arity arity() {
        return ast().arity();
    }
}
