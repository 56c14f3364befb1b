package dev.shale.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table.
 *
 * @param namespace the PostgreSQL schema, or {@code null} for "the default one" (MySQL and SQLite
 *     tables, and PostgreSQL models without {@code @@schema})
 * @param name the table name as in the database
 * @param columns columns in their database order
 * @param primaryKey the primary key, or {@code null}
 * @param indexes unique and plain indexes (not the primary key)
 * @param foreignKeys foreign keys declared on this table
 * @param checks CHECK constraints found in a database (Prisma never creates them; kept so they are
 *     not lost)
 */
public record Table(
        String namespace,
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks) {

    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    public Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey,
            List<Index> indexes, List<ForeignKey> foreignKeys) {
        this(namespace, name, columns, primaryKey, indexes, foreignKeys, List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** True when the primary key has exactly one column and it is {@code columnName}. */
    public boolean isSinglePrimaryKey(String columnName) {
        return primaryKey != null && primaryKey.columns().size() == 1
                && primaryKey.columns().get(0).column().equals(columnName);
    }

    /** True when {@code columnName} is part of the primary key. */
    public boolean isPrimaryKeyColumn(String columnName) {
        return primaryKey != null && primaryKey.columns().stream().anyMatch(c -> c.column().equals(columnName));
    }

    /** Prisma's test for an implicit many-to-many join table: exactly two columns named A and B. */
    public boolean isImplicitManyToMany() {
        return columns.size() == 2 && column("A").isPresent() && column("B").isPresent();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(namespace, name, newColumns, primaryKey, indexes, foreignKeys, checks);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(namespace, name, columns, primaryKey, newIndexes, foreignKeys, checks);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(namespace, name, columns, primaryKey, indexes, newForeignKeys, checks);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(namespace, name, columns, newPrimaryKey, indexes, foreignKeys, checks);
    }

    public Table withNamespace(String newNamespace) {
        return new Table(newNamespace, name, columns, primaryKey, indexes, foreignKeys, checks);
    }

    /** The table with indexes, foreign keys and checks in name order (columns keep their order). */
    public Table normalized() {
        List<Index> sortedIndexes = new ArrayList<>(indexes);
        sortedIndexes.sort(Comparator.comparing(Index::name));
        List<ForeignKey> sortedFks = new ArrayList<>(foreignKeys);
        sortedFks.sort(Comparator.comparing((ForeignKey fk) -> String.valueOf(fk.name()))
                .thenComparing(fk -> fk.columns().toString()));
        List<CheckConstraint> sortedChecks = new ArrayList<>(checks);
        sortedChecks.sort(Comparator.comparing(CheckConstraint::name));
        return new Table(namespace, name, columns, primaryKey, sortedIndexes, sortedFks, sortedChecks);
    }
}
