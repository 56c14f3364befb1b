package dev.shale.pull;

import dev.shale.datamodel.EnumValue;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.ScalarField;
import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Prisma names of tables, columns, enums and enum values: the existing schema's name when it
 * has the object, else the database name, renamed when it is reserved or sanitized when it is not a
 * valid identifier (the database name then goes to {@code @map}/{@code @@map}).
 */
final class NameResolver {
    private final Previous previous;
    private final Map<Table, Model> models = new IdentityHashMap<>();

    NameResolver(Previous previous) {
        this.previous = previous;
    }

    /** The existing model for a table, if any. */
    Optional<Model> previousModel(Table t) {
        if (!models.containsKey(t)) {
            models.put(t, previous.modelForTable(t.name()).orElse(null));
        }
        return Optional.ofNullable(models.get(t));
    }

    /** A view's columns are read as a table's: this one is matched to the existing view, not a model. */
    void bindView(Table view, Model existingView) {
        models.put(view, existingView);
    }

    Optional<ScalarField> previousField(Table t, Column c) {
        return previousModel(t).flatMap(m -> Previous.fieldForColumn(m, c.name()));
    }

    PslName model(Table t) {
        Optional<Model> m = previousModel(t);
        if (m.isPresent()) {
            Model model = m.get();
            return new PslName(model.name(), model.dbName().equals(model.name()) ? null : model.dbName(), true);
        }
        return fromDatabaseType(t.name());
    }

    /** The name a table gets from its database name alone (relation names are built from these). */
    static PslName fromDatabaseType(String databaseName) {
        return new PslName(Names.typeName(databaseName), Names.typeNeedsMap(databaseName) ? databaseName : null, false);
    }

    PslName field(Table t, Column c) {
        Optional<ScalarField> f = previousField(t, c);
        if (f.isPresent()) {
            ScalarField field = f.get();
            return new PslName(field.name(), field.columnName().equals(field.name()) ? null : field.columnName(), true);
        }
        return fromDatabaseColumn(c.name());
    }

    /** The name a column gets from its database name alone. */
    static PslName fromDatabaseColumn(String column) {
        return Names.needsSanitation(column) ? new PslName(Names.sanitize(column), column, false) : PslName.plain(column);
    }

    /** The name of an enum value; an empty database value is {@code EMPTY_ENUM_VALUE @map("")}. */
    static PslName enumValue(Optional<EnumValue> previousValue, String dbValue) {
        if (previousValue.isPresent()) {
            EnumValue v = previousValue.get();
            return new PslName(v.name(), v.dbName().equals(v.name()) ? null : v.dbName(), true);
        }
        if (dbValue.isEmpty()) {
            return new PslName("EMPTY_ENUM_VALUE", "", false);
        }
        return Names.needsSanitation(dbValue) ? new PslName(Names.sanitize(dbValue), dbValue, false) : PslName.plain(dbValue);
    }
}
