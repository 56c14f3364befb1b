package dev.shale.sql;

import java.util.List;

/**
 * A unique or plain index (a unique constraint is an index here, as in Prisma).
 *
 * @param name the index name
 * @param kind unique, plain or full-text
 * @param columns columns with sort order, length, operator class
 * @param algorithm the access method when not the database's default B-tree ({@code Hash},
 *     {@code Gist}, {@code Gin}, {@code SpGist}, {@code Brin}); {@code null} for B-tree
 * @param predicate the WHERE clause of a partial index, or {@code null}
 */
public record Index(String name, IndexKind kind, List<IndexColumn> columns, String algorithm, String predicate) {

    public Index {
        columns = List.copyOf(columns);
    }

    public static Index unique(String name, String... columns) {
        return new Index(name, IndexKind.UNIQUE, IndexColumn.all(columns), null, null);
    }

    public static Index normal(String name, String... columns) {
        return new Index(name, IndexKind.NORMAL, IndexColumn.all(columns), null, null);
    }

    public boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::column).toList();
    }
}
