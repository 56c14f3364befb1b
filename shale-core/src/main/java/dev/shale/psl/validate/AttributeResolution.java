package dev.shale.psl.validate;

import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.CompositeTypeBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.ModelBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The third pass, in Prisma's order: the attributes of every relation field first, then, block by
 * block, the field and block attributes of models and views, enums and composite types.
 */
final class AttributeResolution {
    private final SchemaDb db;
    private final Diagnostics diagnostics;
    /** Scalar fields whose {@code @default} calls a function Prisma does not know (checked per provider later). */
    final List<ScalarFieldInfo> unknownDefaultFunctions = new ArrayList<>();

    AttributeResolution(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.diagnostics = diagnostics;
    }

    void run() {
        RelationFieldAttributes relationAttributes = new RelationFieldAttributes(diagnostics);
        for (RelationFieldInfo field : db.relationFields) {
            relationAttributes.visit(field);
        }
        ScalarFieldAttributes scalarAttributes = new ScalarFieldAttributes(diagnostics, unknownDefaultFunctions);
        ModelBlockAttributes blockAttributes = new ModelBlockAttributes(diagnostics);
        int models = 0;
        int enums = 0;
        int composites = 0;
        Map<String, EnumInfo> mappedEnumNames = new HashMap<>();
        for (Block block : db.blocks) {
            if (block instanceof ModelBlock) {
                ModelInfo model = db.models.get(models++);
                Map<String, ScalarFieldInfo> mappedNames = new HashMap<>();
                for (ScalarFieldInfo field : model.scalarFields) {
                    scalarAttributes.visit(field, mappedNames);
                }
                blockAttributes.visit(model);
            } else if (block instanceof EnumBlock) {
                enumAttributes(db.enums.get(enums++));
            } else if (block instanceof CompositeTypeBlock) {
                compositeTypeAttributes(db.compositeTypes.get(composites++));
            }
        }
    }

    private void enumAttributes(EnumInfo info) {
        List<EnumValue> values = info.ast.values();
        for (int i = 0; i < values.size(); i++) {
            AttributeVisitor visitor = new AttributeVisitor(values.get(i).attributes(), diagnostics);
            if (visitor.visitOptionalSingle("map")) {
                String mapped = MapAttribute.read(visitor);
                if (mapped != null) {
                    info.mappedValues.put(i, mapped);
                }
                visitor.validateArguments();
            }
            visitor.validateAttributes();
        }
        AttributeVisitor visitor = new AttributeVisitor(info.ast.attributes(), diagnostics);
        if (visitor.visitOptionalSingle("map")) {
            String mapped = MapAttribute.read(visitor);
            if (mapped != null) {
                info.mappedName = mapped;
            }
            visitor.validateArguments();
        }
        if (visitor.visitOptionalSingle("schema")) {
            MapAttribute.schema(visitor).ifPresent(literal -> {
                info.schema = literal.value();
                info.schemaSpan = literal.span();
            });
            visitor.validateArguments();
        }
        visitor.validateAttributes();
    }

    private void compositeTypeAttributes(CompositeTypeInfo type) {
        Map<String, CompositeFieldInfo> mappedNames = new HashMap<>();
        for (CompositeFieldInfo field : type.fields) {
            AttributeVisitor visitor = new AttributeVisitor(field.ast.attributes(), diagnostics);
            if (field.type instanceof TypeRef.Builtin) {
                visitor.visitDatasourceScoped().ifPresent(attribute -> field.nativeType = ScalarFieldAttributes.nativeType(attribute));
            }
            if (visitor.visitOptionalSingle("map")) {
                String mapped = MapAttribute.read(visitor);
                if (mapped != null) {
                    field.mappedName = mapped;
                    if (mappedNames.put(mapped, field) != null) {
                        diagnostics.error("Field \"" + mapped + "\" is already defined on composite type \"" + type.name() + "\".",
                                field.ast.span());
                    }
                    CompositeFieldInfo other = type.fieldsByName.get(mapped);
                    if (other != null && other.mappedName == null) {
                        diagnostics.error("Field \"" + field.name() + "\" is already defined on composite type \""
                                + type.name() + "\".", field.ast.span());
                    }
                }
                visitor.validateArguments();
            }
            if (visitor.visitOptionalSingle("default")) {
                field.defaultValue = new DefaultAttribute(visitor).compositeField(field);
                visitor.validateArguments();
            }
            visitor.validateAttributes();
        }
    }
}
