package dev.shale.psl.validate;

import dev.shale.psl.ast.Field;

/** A field of a composite type. */
final class CompositeFieldInfo implements TypedField {
    final CompositeTypeInfo owner;
    final Field ast;
    final TypeRef type;
    String mappedName;
    DefaultInfo defaultValue;
    NativeTypeRef nativeType;

    CompositeFieldInfo(CompositeTypeInfo owner, Field ast, TypeRef type) {
        this.owner = owner;
        this.ast = ast;
        this.type = type;
    }

    @Override
    public Field ast() {
        return ast;
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
}
