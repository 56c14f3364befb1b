package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FieldType;

/**
 * The second pass: each field's type name is resolved to a scalar, an enum, a composite type or
 * (in models) another model, which makes it a relation field. Unknown types are reported and the
 * field takes no further part in validation.
 */
final class TypeResolution {
    private final SchemaDb db;
    private final Diagnostics diagnostics;

    TypeResolution(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.diagnostics = diagnostics;
    }

    void run() {
        int modelIndex = 0;
        int compositeIndex = 0;
        int enumIndex = 0;
        for (var block : db.blocks) {
            if (block instanceof dev.shale.psl.ast.ModelBlock) {
                model(db.models.get(modelIndex++));
            } else if (block instanceof dev.shale.psl.ast.CompositeTypeBlock) {
                compositeType(db.compositeTypes.get(compositeIndex++));
            } else if (block instanceof dev.shale.psl.ast.EnumBlock) {
                EnumInfo info = db.enums.get(enumIndex++);
                if (info.ast.values().isEmpty()) {
                    diagnostics.validationError("An enum must have at least one value.", info.ast.span());
                }
            }
        }
    }

    private void model(ModelInfo model) {
        java.util.List<Field> fields = model.ast.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            FieldType type = field.fieldType();
            Object resolved = resolve(type);
            if (resolved instanceof ModelInfo related) {
                RelationFieldInfo relation = new RelationFieldInfo(model, field, related);
                model.fields.add(relation);
                model.relationFields.add(relation);
                model.fieldsByName.put(field.name().name(), relation);
                db.relationFields.add(relation);
            } else if (resolved instanceof TypeRef ref) {
                ScalarFieldInfo scalar = new ScalarFieldInfo(model, field, ref);
                model.fields.add(scalar);
                model.scalarFields.add(scalar);
                model.fieldsByName.put(field.name().name(), scalar);
            } else {
                // A later field of the same name hides earlier ones, as in Prisma's name table.
                model.fieldsByName.remove(field.name().name());
                notFound(type);
            }
        }
    }

    private void compositeType(CompositeTypeInfo type) {
        for (Field field : type.ast.fields()) {
            FieldType fieldType = field.fieldType();
            Object resolved = resolve(fieldType);
            if (resolved instanceof ModelInfo related) {
                diagnostics.error("Error validating composite type \"" + type.name() + "\": " + related.name()
                        + " refers to a model, making this a relation field. Relation fields inside composite types are not supported.",
                        fieldType.span());
            } else if (resolved instanceof TypeRef ref) {
                CompositeFieldInfo info = new CompositeFieldInfo(type, field, ref);
                type.fields.add(info);
                type.fieldsByName.put(field.name().name(), info);
            } else {
                notFound(fieldType);
            }
        }
    }

    private void notFound(FieldType type) {
        diagnostics.error("Type \"" + type.name()
                + "\" is neither a built-in type, nor refers to another model, composite type, or enum.", type.baseSpan());
    }

    /** A ModelInfo, a TypeRef, or null when the name is unknown. */
    private Object resolve(FieldType type) {
        if (type.unsupported()) {
            return new TypeRef.Unsupported(type.name());
        }
        ScalarType scalar = ScalarType.named(type.name());
        if (scalar != null) {
            return TypeRef.Builtin.of(scalar);
        }
        Object top = db.tops.get(type.name());
        if (top instanceof ModelInfo model) {
            return model;
        }
        if (top instanceof EnumInfo enumInfo) {
            return new TypeRef.EnumType(enumInfo);
        }
        if (top instanceof CompositeTypeInfo composite) {
            return new TypeRef.Composite(composite);
        }
        return null;
    }
}
