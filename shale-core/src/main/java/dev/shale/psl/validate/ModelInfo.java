package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.ModelBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A model or view and what resolution learned about it. */
final class ModelInfo {
    final ModelBlock ast;
    final int order;
    /** Every field by name; for a repeated name, the last one (as Prisma's name table keeps it). */
    final Map<String, FieldInfo> fieldsByName = new HashMap<>();
    final List<FieldInfo> fields = new ArrayList<>();
    final List<ScalarFieldInfo> scalarFields = new ArrayList<>();
    final List<RelationFieldInfo> relationFields = new ArrayList<>();
    String mappedName;
    String schema;
    Span schemaSpan;
    boolean ignored;
    PrimaryKeyInfo primaryKey;
    final List<IndexInfo> indexes = new ArrayList<>();
    ShardKeyInfo shardKey;
    /** Inline relations whose foreign key is on this model, for cycle detection. */
    final List<RelationInfo> relationsFrom = new ArrayList<>();

    ModelInfo(ModelBlock ast, int order) {
        this.ast = ast;
        this.order = order;
    }

    String name() {
        return ast.name().name();
    }

    boolean isView() {
        return ast.view();
    }

    /** "model" or "view", as messages name the container. */
    String kind() {
        return ast.view() ? "view" : "model";
    }

    String dbName() {
        return mappedName != null ? mappedName : name();
    }

    /** Whether the block declares a field of this name (including fields whose type did not resolve). */
    boolean declares(String fieldName) {
        List<dev.shale.psl.ast.Field> declared = ast.fields();
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).name().name().equals(fieldName)) {
                return true;
            }
        }
        return false;
    }

    ScalarFieldInfo scalarField(String fieldName) {
        return fieldsByName.get(fieldName) instanceof ScalarFieldInfo scalar ? scalar : null;
    }

    /** Whether the model has a primary key of exactly one field. */
    boolean hasSingleIdField() {
        return primaryKey != null && primaryKey.fields.size() == 1;
    }

    @Override
    public String toString() {
        return name();
    }
}
