package dev.shale.psl.validate;

import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Field;

/** A field with a scalar-like type (model scalar field or composite type field): the parts the type checks read. */
interface TypedField {
    Field ast();

    TypeRef type();

    NativeTypeRef nativeType();

    DefaultInfo defaultValue();

    String mappedName();

    default String name() {
        return ast().name().name();
    }

    default String dbName() {
        return mappedName() != null ? mappedName() : name();
    }

    default Arity arity() {
        return ast().arity();
    }
}
