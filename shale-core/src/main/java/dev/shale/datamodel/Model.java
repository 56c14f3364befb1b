package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model or view: its Prisma name, database name ({@code @@map}, else the name), schema
 * ({@code @@schema}, empty when the datasource lists no schemas), fields in schema order, primary
 * key, and indexes (field-level {@code @unique} first, in field order, then block-level
 * {@code @@unique}/{@code @@index}/{@code @@fulltext} in schema order, as Prisma orders them).
 */
public record Model(
        ModelKind kind,
        String name,
        String dbName,
        Optional<String> schema,
        List<Field> fields,
        Optional<PrimaryKey> primaryKey,
        List<Index> indexes,
        boolean ignored,
        Optional<String> documentation,
        SourceSpan span) {

    public Model {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dbName, "dbName");
        Objects.requireNonNull(schema, "schema");
        fields = List.copyOf(fields);
        Objects.requireNonNull(primaryKey, "primaryKey");
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(span, "span");
    }

    /** The table name: the {@code @@map} argument, else the model name. */
    public String tableName() {
        return dbName;
    }

    public boolean isView() {
        return kind == ModelKind.VIEW;
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
    }

    public List<RelationField> relationFields() {
        return fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
    }

    public Optional<Field> field(String fieldName) {
        for (Field field : fields) {
            if (field.name().equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public Optional<ScalarField> scalarField(String fieldName) {
        return field(fieldName).filter(ScalarField.class::isInstance).map(ScalarField.class::cast);
    }

    public Optional<RelationField> relationField(String fieldName) {
        return field(fieldName).filter(RelationField.class::isInstance).map(RelationField.class::cast);
    }

    /** The column name of the scalar field {@code fieldName}. */
    public String columnName(String fieldName) {
        return scalarField(fieldName)
                .orElseThrow(() -> new IllegalArgumentException("no scalar field " + fieldName + " on " + name))
                .columnName();
    }

    /** Whether {@code fieldName} alone is the primary key. */
    public boolean isSingleFieldId(String fieldName) {
        return primaryKey.map(pk -> pk.fieldNames().equals(List.of(fieldName))).orElse(false);
    }

    /** Unique constraints only. */
    public List<Index> uniques() {
        return indexes.stream().filter(Index::isUnique).toList();
    }
}
