package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;

/** What a scalar field's type resolved to: a built-in scalar, an enum, a composite type or {@code Unsupported}. */
sealed interface TypeRef {
    record Builtin(ScalarType type) implements TypeRef {
    }

    record EnumType(EnumInfo info) implements TypeRef {
    }

    record Composite(CompositeTypeInfo info) implements TypeRef {
    }

    record Unsupported(String dbType) implements TypeRef {
    }

    default boolean is(ScalarType type) {
        return this instanceof Builtin builtin && builtin.type() == type;
    }

    default ScalarType builtin() {
        return this instanceof Builtin builtin ? builtin.type() : null;
    }

    default boolean isUnsupported() {
        return this instanceof Unsupported;
    }
}
