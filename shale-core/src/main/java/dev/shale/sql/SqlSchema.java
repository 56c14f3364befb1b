package dev.shale.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One database schema state: the namespaces (PostgreSQL schemas) it uses, its tables, enums,
 * sequences, views and the objects Shale does not model ({@link OpaqueObject}, kept so nothing is
 * dropped silently).
 *
 * @param namespaces the namespaces that exist (introspected) or that the schema declares (calculated)
 * @param tables tables in creation order
 * @param enums enum types in creation order (MySQL: one per enum column, named {@code Table_column})
 * @param sequences free-standing sequences (PostgreSQL)
 * @param views views, kept opaque: never created, altered or dropped by a migration
 * @param extensions PostgreSQL extensions found in the database
 * @param opaque other objects Shale does not model (functions, triggers, ...)
 */
public record SqlSchema(
        List<String> namespaces,
        List<Table> tables,
        List<EnumType> enums,
        List<Sequence> sequences,
        List<View> views,
        List<Extension> extensions,
        List<OpaqueObject> opaque) {

    public SqlSchema {
        namespaces = List.copyOf(namespaces);
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
        views = List.copyOf(views);
        extensions = List.copyOf(extensions);
        opaque = List.copyOf(opaque);
    }

    /** The schema of an empty database (nothing in it, no namespace). */
    public static SqlSchema empty() {
        return new SqlSchema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A schema with only namespaces, tables and enums (the common case in tests and calculation). */
    public static SqlSchema of(List<String> namespaces, List<Table> tables, List<EnumType> enums) {
        return new SqlSchema(namespaces, tables, enums, List.of(), List.of(), List.of(), List.of());
    }

    /** The table with this name in this namespace ({@code null} namespace = the default one). */
    public Optional<Table> table(String namespace, String name) {
        for (Table t : tables) {
            if (t.name().equals(name) && Objects.equals(t.namespace(), namespace)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The first table with this name, in any namespace. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The enum with this name in this namespace. */
    public Optional<EnumType> enumType(String namespace, String name) {
        return enums.stream()
                .filter(e -> e.name().equals(name) && Objects.equals(e.namespace(), namespace))
                .findFirst();
    }

    public SqlSchema withTables(List<Table> newTables) {
        return new SqlSchema(namespaces, newTables, enums, sequences, views, extensions, opaque);
    }

    public SqlSchema withEnums(List<EnumType> newEnums) {
        return new SqlSchema(namespaces, tables, newEnums, sequences, views, extensions, opaque);
    }

    public SqlSchema withNamespaces(List<String> newNamespaces) {
        return new SqlSchema(newNamespaces, tables, enums, sequences, views, extensions, opaque);
    }

    /**
     * The same schema with every list in name order (tables, their indexes and foreign keys,
     * enums, namespaces). Two descriptions of one database that differ only in the order their
     * source listed things (model order against catalog order) are equal once normalized.
     */
    public SqlSchema normalized() {
        List<Table> sortedTables = new ArrayList<>();
        for (Table t : tables) {
            sortedTables.add(t.normalized());
        }
        sortedTables.sort(Comparator.comparing((Table t) -> Objects.toString(t.namespace(), ""))
                .thenComparing(Table::name));
        List<EnumType> sortedEnums = new ArrayList<>(enums);
        sortedEnums.sort(Comparator.comparing((EnumType e) -> Objects.toString(e.namespace(), ""))
                .thenComparing(EnumType::name));
        List<String> sortedNamespaces = new ArrayList<>(namespaces);
        sortedNamespaces.sort(Comparator.naturalOrder());
        List<Sequence> sortedSequences = new ArrayList<>(sequences);
        sortedSequences.sort(Comparator.comparing(Sequence::name));
        List<View> sortedViews = new ArrayList<>(views);
        sortedViews.sort(Comparator.comparing(View::name));
        return new SqlSchema(sortedNamespaces, sortedTables, sortedEnums, sortedSequences, sortedViews, extensions, opaque);
    }
}
