package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One field of an index, unique constraint or primary key, with its arguments
 * ({@code title(sort: Desc, length: 10, ops: TextOps)}). {@code path} is the field name, or on
 * MongoDB the path into composite types ({@code address.street}); {@code dbPath} is the same path
 * in database names.
 */
public record IndexField(
        List<String> path,
        List<String> dbPath,
        Optional<SortOrder> sort,
        OptionalInt length,
        Optional<OperatorClass> operatorClass) {

    public IndexField {
        path = List.copyOf(path);
        dbPath = List.copyOf(dbPath);
        if (path.isEmpty() || path.size() != dbPath.size()) {
            throw new IllegalArgumentException("index field path " + path + " / " + dbPath);
        }
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(operatorClass, "operatorClass");
    }

    /** A plain field without arguments. */
    public static IndexField of(String name, String dbName) {
        return new IndexField(List.of(name), List.of(dbName), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** The field of the model the index starts from (the first step of the path). */
    public String fieldName() {
        return path.get(0);
    }

    /** The column name (the database name of the path, joined with dots on MongoDB). */
    public String columnName() {
        return String.join(".", dbPath);
    }
}
