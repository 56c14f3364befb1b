package dev.shale.psl.validate;

import dev.shale.datamodel.SortOrder;
import java.util.List;

/**
 * One field of an index, unique or id: the model field it starts from, the path into composite
 * types (MongoDB), and its arguments. {@code operatorClass} is a known class name, or the raw text
 * when {@code rawOperatorClass}.
 */
record IndexFieldInfo(ScalarFieldInfo root, List<CompositeFieldInfo> path, SortOrder sort, Integer length,
        String operatorClass, boolean rawOperatorClass) {

    IndexFieldInfo {
        path = List.copyOf(path);
    }

    // Loops rather than streams: asked for every index of every model.

    static boolean anyLength(List<IndexFieldInfo> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).length() != null) {
                return true;
            }
        }
        return false;
    }

    static boolean anySort(List<IndexFieldInfo> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).sort() != null) {
                return true;
            }
        }
        return false;
    }

    static boolean anyOperatorClass(List<IndexFieldInfo> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).operatorClass() != null) {
                return true;
            }
        }
        return false;
    }

    /** The field included in the index: the last step of the path. */
    TypedField field() {
        return path.isEmpty() ? root : path.get(path.size() - 1);
    }

    String name() {
        return field().name();
    }

    /** The path in database names, joined by dots (used in default constraint names). */
    String dbPath() {
        if (path.isEmpty()) {
            return root.dbName();
        }
        StringBuilder out = new StringBuilder(root.dbName());
        for (CompositeFieldInfo step : path) {
            out.append('.').append(step.dbName());
        }
        return out.toString();
    }

    boolean samePath(IndexFieldInfo other) {
        return root == other.root && path.equals(other.path);
    }
}
