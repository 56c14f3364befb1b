package dev.shale.psl.validate;

import dev.shale.psl.ast.Attribute;
import java.util.List;

/** MongoDB's own rules: an {@code @id} mapped to {@code _id}, {@code auto()} on ObjectId ids, field names, index duplicates. */
final class MongoChecks {
    private MongoChecks() {
    }

    static void model(PipelineContext ctx, ModelInfo model) {
        Diagnostics d = ctx.diagnostics;
        if (model.primaryKey == null) {
            d.error("Invalid model: MongoDB models require exactly one identity field annotated with @id", model.ast.span());
        } else if (model.primaryKey.fields.size() == 1) {
            IndexFieldInfo field = model.primaryKey.fields.get(0);
            TypedField typed = field.field();
            if (!typed.name().equals("_id") && !"_id".equals(typed.mappedName())) {
                String message = typed.mappedName() != null
                        ? "MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\"" + typed.mappedName() + "\")."
                        : "MongoDB model IDs must have an @map(\"_id\") annotation.";
                d.fieldError(message, model.kind(), model.name(), typed.name(), typed.ast().span());
            }
        }
        for (ScalarFieldInfo field : model.scalarFields) {
            boolean auto = field.defaultValue != null && field.defaultValue.isFunction("auto");
            if (auto && (field.nativeType == null || !field.nativeType.name().equals("ObjectId"))) {
                d.fieldError("MongoDB `@default(auto())` fields must have `ObjectId` native type.", model.kind(), model.name(),
                        field.name(), field.ast.span());
            }
            boolean inPk = model.primaryKey != null && model.primaryKey.fields.stream().anyMatch(f -> f.root() == field);
            if (auto && !inPk) {
                d.fieldError("MongoDB `@default(auto())` fields must have the `@id` attribute.", model.kind(), model.name(),
                        field.name(), field.ast.span());
            }
            if (field.defaultValue != null && field.defaultValue.isFunction("dbgenerated")) {
                d.fieldError("The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.", model.kind(),
                        model.name(), field.name(), field.ast.span());
            }
            fieldNameCharacters(ctx, field);
        }
        for (IndexInfo index : model.indexes) {
            int hits = 0;
            for (IndexInfo other : model.indexes) {
                if (other != index && sameFields(other.fields, index.fields)) {
                    hits++;
                }
            }
            if (hits > 0) {
                d.attributeError("Index already exists in the model.", "@@" + index.attribute.name().name(), index.attribute.span());
            }
            if (index.isUnique() && index.fields.size() == 1 && model.primaryKey != null && model.primaryKey.fields.size() == 1
                    && model.primaryKey.fields.get(0).root() == index.fields.get(0).root() && index.fields.get(0).path().isEmpty()) {
                d.attributeError("The same field cannot be an id and unique on MongoDB.", index.attributeName(), index.attribute.span());
            }
        }
    }

    private static boolean sameFields(List<IndexFieldInfo> a, List<IndexFieldInfo> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).samePath(b.get(i)) || a.get(i).sort() != b.get(i).sort()) {
                return false;
            }
        }
        return true;
    }

    static void fieldNameCharacters(PipelineContext ctx, ScalarFieldInfo field) {
        String name = field.mappedName;
        if (name == null) {
            return;
        }
        Attribute map = field.ast.attribute("map").orElse(null);
        var span = map != null ? map.span() : field.ast.span();
        if (name.startsWith("$")) {
            ctx.diagnostics.attributeError("The field name cannot start with a `$` character", "@map", span);
        }
        if (name.contains(".")) {
            ctx.diagnostics.attributeError("The field name cannot contain a `.` character", "@map", span);
        }
    }

    /** Referencing and referenced fields should have the same native type, or MongoDB cannot join them (a warning). */
    static void sameNativeType(PipelineContext ctx, RelationFieldInfo field) {
        if (field.fields == null || field.references == null) {
            return;
        }
        for (int i = 0; i < field.fields.size() && i < field.references.size(); i++) {
            ScalarFieldInfo a = field.fields.get(i);
            ScalarFieldInfo b = field.references.get(i);
            NativeTypeRef an = a.nativeType;
            NativeTypeRef bn = b.nativeType;
            String aName = a.model.name() + "." + a.name();
            String bName = b.model.name() + "." + b.name();
            String prefix = "Field " + aName + " and " + bName
                    + " must have the same native type for MongoDB to join those collections correctly. ";
            String message;
            if (an != null && bn != null) {
                if (an.scope().equals(bn.scope()) && an.name().equals(bn.name())) {
                    continue;
                }
                message = prefix + "Consider updating those fields to either use '@" + an.scope() + "." + an.name() + "' or '@"
                        + bn.scope() + "." + bn.name() + "'.";
            } else if (bn != null) {
                message = prefix + "Consider either removing " + bName + "'s native type attribute or adding '@" + bn.scope() + "."
                        + bn.name() + "' to " + aName + ".";
            } else if (an != null) {
                message = prefix + "Consider either removing " + aName + "'s native type attribute or adding '@" + an.scope() + "."
                        + an.name() + "' to " + bName + ".";
            } else {
                continue;
            }
            ctx.diagnostics.warning("Warning validating field `" + field.name() + "` in model `" + field.model.name() + "`: " + message
                    + " Beware that this will become an error in the future.", a.ast.span());
        }
    }
}
