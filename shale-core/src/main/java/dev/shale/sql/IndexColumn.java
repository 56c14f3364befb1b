package dev.shale.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A column in an index or primary key.
 *
 * @param column the column name
 * @param sortOrder ASC or DESC when given explicitly, else {@code null}
 * @param length the prefix length (MySQL), or {@code null}
 * @param operatorClass the operator class (PostgreSQL) when it is not the type's default, or {@code null}
 */
public record IndexColumn(String column, SortOrder sortOrder, Integer length, String operatorClass) {

    public static IndexColumn of(String column) {
        return new IndexColumn(column, null, null, null);
    }

    public static List<IndexColumn> all(String... columns) {
        List<IndexColumn> out = new ArrayList<>();
        for (String c : columns) {
            out.add(of(c));
        }
        return out;
    }
}
