package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.CompositeTypeBlock;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.ast.Identifier;
import dev.shale.psl.ast.ModelBlock;
import dev.shale.psl.ast.Property;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass: names must be well formed and unique in their namespace (models, views, enums
 * and composite types share one; datasources and generators have their own; fields are unique
 * per block, enum values per enum, properties per configuration block).
 */
final class NameResolution {
    private static final Set<String> RESERVED = Set.of("PrismaClient", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
            "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    private final SchemaDb db;
    private final Diagnostics diagnostics;

    NameResolution(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.diagnostics = diagnostics;
    }

    void run() {
        Map<String, Block> tops = new HashMap<>();
        Map<String, Block> datasources = new HashMap<>();
        Map<String, Block> generators = new HashMap<>();
        Map<Block, Object> infos = new IdentityHashMap<>();
        db.models.forEach(m -> infos.put(m.ast, m));
        db.enums.forEach(e -> infos.put(e.ast, e));
        db.compositeTypes.forEach(c -> infos.put(c.ast, c));
        for (Block block : db.blocks) {
            if (ScalarType.named(block.name().name()) != null) {
                diagnostics.error("\"" + block.name().name() + "\" is a reserved scalar type name and cannot be used.",
                        block.name().span());
            }
            Map<String, Block> namespace;
            if (block instanceof EnumBlock enumBlock) {
                checkEnum(enumBlock);
                namespace = tops;
            } else if (block instanceof ModelBlock model) {
                checkModel(model, (ModelInfo) infos.get(block));
                namespace = tops;
            } else if (block instanceof CompositeTypeBlock type) {
                checkCompositeType(type);
                namespace = tops;
            } else if (block instanceof DatasourceBlock datasource) {
                checkProperties(block, datasource.properties());
                namespace = datasources;
            } else {
                checkProperties(block, ((GeneratorBlock) block).properties());
                namespace = generators;
            }
            Block existing = namespace.put(block.name().name(), block);
            if (existing != null) {
                diagnostics.error("The " + typeName(block) + " \"" + block.name().name()
                        + "\" cannot be defined because a " + typeName(existing) + " with that name already exists.",
                        block.name().span());
            }
            if (namespace == tops) {
                db.tops.put(block.name().name(), infos.get(block));
            }
        }
    }

    private static String typeName(Block block) {
        if (block instanceof ModelBlock model) {
            return model.view() ? "view" : "model";
        }
        if (block instanceof EnumBlock) {
            return "enum";
        }
        if (block instanceof CompositeTypeBlock) {
            return "composite type";
        }
        if (block instanceof DatasourceBlock) {
            return "datasource";
        }
        return "generator";
    }

    private void checkEnum(EnumBlock enumBlock) {
        identifier(enumBlock.name(), "Enum");
        if (RESERVED.contains(enumBlock.name().name())) {
            diagnostics.error("Error validating enum `" + enumBlock.name().name() + "`: The enum name `" + enumBlock.name().name()
                    + "` is invalid. It is a reserved name. Please change it. Read more at "
                    + "https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums",
                    enumBlock.span());
        }
        attributeNames(enumBlock.attributes());
        Set<String> seen = new HashSet<>();
        for (EnumValue value : enumBlock.values()) {
            identifier(value.name(), "Enum Value");
            attributeNames(value.attributes());
            if (!seen.add(value.name().name())) {
                diagnostics.error("Value \"" + value.name().name() + "\" is already defined on enum \""
                        + enumBlock.name().name() + "\".", value.span());
            }
        }
    }

    private void checkModel(ModelBlock model, ModelInfo info) {
        boolean view = model.view();
        identifier(model.name(), view ? "view" : "Model");
        if (RESERVED.contains(model.name().name())) {
            String kind = view ? "view" : "model";
            diagnostics.modelError("The " + kind + " name `" + model.name().name()
                    + "` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
                    "model", model.name().name(), model.span());
        }
        attributeNames(model.attributes());
        List<Field> fields = model.fields();
        // Small models (nearly all) find repeated names by scanning; large ones with a set.
        Set<String> seen = fields.size() > 16 ? new HashSet<>() : null;
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            identifier(field.name(), view ? "field" : "Field");
            attributeNames(field.attributes());
            if (seen != null ? !seen.add(field.name().name()) : declaredBefore(fields, i)) {
                diagnostics.error("Field \"" + field.name().name() + "\" is already defined on " + (view ? "view" : "model")
                        + " \"" + model.name().name() + "\".", field.name().span());
            }
        }
    }

    private static boolean declaredBefore(List<Field> fields, int index) {
        String name = fields.get(index).name().name();
        for (int i = 0; i < index; i++) {
            if (fields.get(i).name().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void checkCompositeType(CompositeTypeBlock type) {
        identifier(type.name(), "Composite type");
        Set<String> seen = new HashSet<>();
        for (Field field : type.fields()) {
            if (!seen.add(field.name().name())) {
                diagnostics.error("Field \"" + field.name().name() + "\" is already defined on composite type \""
                        + type.name().name() + "\".", field.name().span());
            }
        }
    }

    private void checkProperties(Block block, List<Property> properties) {
        Set<String> seen = new HashSet<>();
        for (Property property : properties) {
            if (!seen.add(property.name().name())) {
                diagnostics.error("Key \"" + property.name().name() + "\" is already defined in " + typeName(block) + " \""
                        + block.name().name() + "\".", property.name().span());
            }
        }
    }

    private void attributeNames(List<Attribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            identifier(attributes.get(i).name(), "Attribute");
        }
    }

    private void identifier(Identifier identifier, String item) {
        String name = identifier.name();
        if (isPlain(name)) {
            return;
        }
        if (name.isEmpty()) {
            diagnostics.validationError("The name of a " + item + " must not be empty.", identifier.span());
        } else if (isNumeric(name.codePointAt(0))) {
            diagnostics.validationError("The name of a " + item + " must not start with a number.", identifier.span());
        } else if (name.indexOf('-') >= 0) {
            diagnostics.validationError("The character `-` is not allowed in " + item + " names.", identifier.span());
        }
    }

    /** An ASCII name starting with a letter or underscore and without a dash: nothing to report. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) {
            return false;
        }
        return name.indexOf('-') < 0;
    }

    /** Rust's {@code char::is_numeric}: the Unicode number categories Nd, Nl and No. */
    static boolean isNumeric(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
