package dev.shale.sql;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name ({@code User_pkey}); {@code null} where the database does not
 *     name primary keys (SQLite, MySQL)
 * @param columns the key's columns with sort order and length
 */
public record PrimaryKey(String name, List<IndexColumn> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public static PrimaryKey of(String name, String... columnNames) {
        return new PrimaryKey(name, IndexColumn.all(columnNames));
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::column).toList();
    }
}
