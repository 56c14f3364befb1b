package dev.shale.sql;

/** An explicit sort order in an index. */
public enum SortOrder {
    ASC,
    DESC
}
