package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;

/** What a scalar field's type resolved to: a built-in scalar, an enum, a composite type or {@code Unsupported}. */
sealed interface TypeRef {
    record Builtin(ScalarType type) implements TypeRef {
        private static final java.util.Map<ScalarType, Builtin> SHARED = new java.util.EnumMap<>(ScalarType.class);

        static {
            for (ScalarType scalar : ScalarType.values()) {
                SHARED.put(scalar, new Builtin(scalar));
            }
        }

        /** The shared instance for a scalar type (fields share their type references). */
        static Builtin of(ScalarType type) {
            return SHARED.get(type);
        }
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
