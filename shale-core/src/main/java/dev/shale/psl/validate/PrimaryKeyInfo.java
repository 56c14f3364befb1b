package dev.shale.psl.validate;

import dev.shale.psl.ast.Attribute;
import java.util.List;

/** {@code @id} or {@code @@id([...])}. */
final class PrimaryKeyInfo {
    final Attribute attribute;
    final List<IndexFieldInfo> fields;
    final ScalarFieldInfo sourceField;
    final String name;
    final String mappedName;
    final Boolean clustered;
    /** The database name of the constraint, once {@link Names#primaryKeyName} has computed it. */
    String constraintName;

    PrimaryKeyInfo(Attribute attribute, List<IndexFieldInfo> fields, ScalarFieldInfo sourceField, String name,
            String mappedName, Boolean clustered) {
        this.attribute = attribute;
        this.fields = List.copyOf(fields);
        this.sourceField = sourceField;
        this.name = name;
        this.mappedName = mappedName;
        this.clustered = clustered;
    }

    boolean definedOnField() {
        return sourceField != null;
    }

    String attributeName() {
        return sourceField != null ? "@id" : "@@id";
    }

    boolean containsExactly(List<ScalarFieldInfo> others) {
        if (others.size() != fields.size()) {
            return false;
        }
        for (IndexFieldInfo field : fields) {
            if (!field.path().isEmpty() || !others.contains(field.root())) {
                return false;
            }
        }
        return true;
    }
}
