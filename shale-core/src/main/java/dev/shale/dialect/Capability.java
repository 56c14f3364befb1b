package dev.shale.dialect;

/** What a database can do, as far as the differ and the renderers care. */
public enum Capability {
    /** DDL runs inside a transaction and rolls back with it (PostgreSQL, SQLite; not MySQL). */
    TRANSACTIONAL_DDL,
    /** {@code CREATE INDEX CONCURRENTLY} exists (PostgreSQL). */
    CONCURRENT_INDEX,
    /** A column's type can be changed in place ({@code ALTER COLUMN ... TYPE}, {@code MODIFY}); not SQLite. */
    ALTER_COLUMN_TYPE,
    /** Named enum types ({@code CREATE TYPE ... AS ENUM}; PostgreSQL). */
    ENUMS,
    /** Inline enum column types ({@code ENUM('A','B')}; MySQL). */
    INLINE_ENUMS,
    /** Several schemas in one database ({@code CREATE SCHEMA}; PostgreSQL). */
    NAMESPACES,
    /** Array columns (PostgreSQL scalar lists). */
    SCALAR_LISTS,
    /** {@code ALTER INDEX ... RENAME TO} / {@code RENAME INDEX} (not SQLite, not MariaDB). */
    RENAME_INDEX,
    /** {@code ALTER TABLE ... RENAME CONSTRAINT} for foreign keys (PostgreSQL). */
    RENAME_FOREIGN_KEY,
    /** ALTER TABLE is so limited that most table changes redefine the table (SQLite). */
    REDEFINE_TABLES,
    /** Foreign keys are declared inside CREATE TABLE, never added later (SQLite). */
    INLINE_FOREIGN_KEYS,
    /** Indexes are declared inside CREATE TABLE (MySQL). */
    INLINE_INDEXES,
    /** Dropping a column drops the indexes on it, so they are recreated with it (PostgreSQL). */
    INDEXES_DROPPED_WITH_COLUMNS,
    /** Foreign keys need their own index, which the database creates (MySQL). */
    FOREIGN_KEYS_NEED_INDEXES,
    /** Column defaults on JSON columns are not compared (MySQL cannot keep them). */
    IGNORE_JSON_DEFAULTS,
    /** A nullable column under a foreign key may become NOT NULL without recreating the key (not MySQL). */
    FK_COLUMN_CAN_BECOME_REQUIRED,
    /** JSON is an alias of LONGTEXT (MariaDB). */
    JSON_IS_LONGTEXT
}
