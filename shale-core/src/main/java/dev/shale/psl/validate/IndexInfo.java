package dev.shale.psl.validate;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.IndexKind;
import dev.shale.psl.ast.Attribute;
import java.util.ArrayList;
import java.util.List;

/** A {@code @unique}, {@code @@unique}, {@code @@index} or {@code @@fulltext}. */
final class IndexInfo {
    final ModelInfo model;
    final Attribute attribute;
    final IndexKind kind;
    List<IndexFieldInfo> fields = new ArrayList<>();
    /** The field carrying {@code @unique}, when defined on a field. */
    ScalarFieldInfo sourceField;
    String name;
    String mappedName;
    IndexAlgorithm algorithm;
    Boolean clustered;
    String where;

    IndexInfo(ModelInfo model, Attribute attribute, IndexKind kind) {
        this.model = model;
        this.attribute = attribute;
        this.kind = kind;
    }

    boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    boolean isFulltext() {
        return kind == IndexKind.FULLTEXT;
    }

    boolean isNormal() {
        return kind == IndexKind.NORMAL;
    }

    boolean definedOnField() {
        return sourceField != null;
    }

    /** The attribute as pipeline messages name it: {@code @unique}, {@code @@unique}, {@code @@index}, {@code @@fulltext}. */
    String attributeName() {
        if (sourceField != null) {
            return "@unique";
        }
        return switch (kind) {
            case UNIQUE -> "@@unique";
            case NORMAL -> "@@index";
            case FULLTEXT -> "@@fulltext";
        };
    }
}
