package dev.shale.sql;

/** What an index enforces or serves. */
public enum IndexKind {
    NORMAL,
    UNIQUE,
    /** MySQL FULLTEXT. */
    FULLTEXT
}
