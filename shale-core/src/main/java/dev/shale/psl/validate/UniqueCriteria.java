package dev.shale.psl.validate;

import dev.shale.psl.ast.Arity;
import java.util.ArrayList;
import java.util.List;

/** A model's unique criteria: its primary key, then its unique constraints, each as the fields it covers. */
final class UniqueCriteria {
    private UniqueCriteria() {
    }

    static List<List<TypedField>> of(ModelInfo model) {
        List<List<TypedField>> out = new ArrayList<>();
        if (model.primaryKey != null) {
            out.add(fields(model.primaryKey.fields));
        }
        for (IndexInfo index : model.indexes) {
            if (index.isUnique()) {
                out.add(fields(index.fields));
            }
        }
        return out;
    }

    private static List<TypedField> fields(List<IndexFieldInfo> fields) {
        List<TypedField> out = new ArrayList<>(fields.size());
        fields.forEach(f -> out.add(f.field()));
        return out;
    }

    /** Only required, supported fields: a criterion Prisma Client can find a record by. */
    static boolean isStrict(List<TypedField> criterion) {
        for (TypedField field : criterion) {
            if (field.arity() == Arity.OPTIONAL || field.type().isUnsupported()) {
                return false;
            }
        }
        return true;
    }

    /** Whether some criterion covers exactly these fields (in any order). */
    static boolean containsExactly(List<TypedField> criterion, List<ScalarFieldInfo> fields) {
        if (criterion.size() != fields.size()) {
            return false;
        }
        for (TypedField field : criterion) {
            if (!fields.contains(field)) {
                return false;
            }
        }
        return true;
    }
}
