package dev.shale.psl.validate;

import dev.shale.psl.ast.Field;

/** A model field of a scalar, enum, composite or unsupported type, with its resolved attributes. */
final class ScalarFieldInfo implements FieldInfo, TypedField {
    final ModelInfo model;
    final Field ast;
    final TypeRef type;
    String mappedName;
    boolean ignored;
    boolean updatedAt;
    DefaultInfo defaultValue;
    NativeTypeRef nativeType;

    ScalarFieldInfo(ModelInfo model, Field ast, TypeRef type) {
        this.model = model;
        this.ast = ast;
        this.type = type;
    }

    @Override
    public Field ast() {
        return ast;
    }

    @Override
    public ModelInfo model() {
        return model;
    }

    @Override
    public TypeRef type() {
        return type;
    }

    @Override
    public NativeTypeRef nativeType() {
        return nativeType;
    }

    @Override
    public DefaultInfo defaultValue() {
        return defaultValue;
    }

    @Override
    public String mappedName() {
        return mappedName;
    }

    @Override
    public String name() {
        return ast.name().name();
    }

    @Override
    public dev.shale.psl.ast.Arity arity() {
        return ast.arity();
    }

    boolean isOptional() {
        return ast.arity() == dev.shale.psl.ast.Arity.OPTIONAL;
    }

    boolean isRequired() {
        return ast.arity() == dev.shale.psl.ast.Arity.REQUIRED;
    }
}
