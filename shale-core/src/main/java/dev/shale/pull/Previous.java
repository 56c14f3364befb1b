package dev.shale.pull;

import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.InlineRelation;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.Relation;
import dev.shale.datamodel.RelationField;
import dev.shale.datamodel.ScalarField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The existing schema's datamodel, as re-introspection reads it: which model names a table, which
 * field a column, which relation a foreign key, and where each was (models keep their order).
 * Empty when there is no previous schema or {@code --force} ignores it.
 */
final class Previous {
    private final Datamodel dm;
    private final Map<String, Model> modelsByTable = new HashMap<>();
    private final Map<String, Model> viewsByName = new HashMap<>();
    private final Map<String, Integer> modelPositions = new HashMap<>();
    private final Map<String, Integer> enumPositions = new HashMap<>();
    private final Map<String, List<InlineRelation>> relationsFrom = new HashMap<>();
    private final Map<String, ImplicitManyToManyRelation> joinTables = new HashMap<>();

    private Previous(Datamodel dm) {
        this.dm = dm;
        if (dm == null) {
            return;
        }
        int i = 0;
        for (Model m : dm.models()) {
            modelsByTable.putIfAbsent(m.tableName(), m);
            modelPositions.put(m.name(), i++);
        }
        for (Model v : dm.views()) {
            viewsByName.putIfAbsent(v.tableName(), v);
            modelPositions.put(v.name(), i++);
        }
        int e = 0;
        for (EnumType t : dm.enums()) {
            enumPositions.put(t.name(), e++);
        }
        for (Relation r : dm.relations()) {
            if (r instanceof InlineRelation rel) {
                relationsFrom.computeIfAbsent(rel.referencingModel(), k -> new java.util.ArrayList<>()).add(rel);
            } else if (r instanceof ImplicitManyToManyRelation m2m) {
                joinTables.putIfAbsent(m2m.tableName(), m2m);
            }
        }
    }

    static Previous none() {
        return new Previous(null);
    }

    static Previous of(Datamodel dm) {
        return new Previous(dm);
    }

    boolean isEmpty() {
        return dm == null;
    }

    Optional<Datamodel> datamodel() {
        return Optional.ofNullable(dm);
    }

    Optional<Model> modelForTable(String table) {
        return Optional.ofNullable(modelsByTable.get(table));
    }

    Optional<Model> viewForName(String view) {
        return Optional.ofNullable(viewsByName.get(view));
    }

    /** Whether the existing schema has a model or view of this name whose table or view is still there. */
    boolean hasModel(String name) {
        return dm != null && dm.findModel(name).isPresent();
    }

    /** The model's position in the existing schema (models first, then views), or -1 for a new one. */
    int position(Model model) {
        return model == null ? -1 : modelPositions.getOrDefault(model.name(), -1);
    }

    int enumPosition(EnumType e) {
        return e == null ? -1 : enumPositions.getOrDefault(e.name(), -1);
    }

    static Optional<ScalarField> fieldForColumn(Model model, String column) {
        if (model == null) {
            return Optional.empty();
        }
        return model.scalarFields().stream().filter(f -> f.columnName().equals(column)).findFirst();
    }

    /** The enum of this database name (PostgreSQL). */
    Optional<EnumType> enumByDbName(String dbName) {
        if (dm == null) {
            return Optional.empty();
        }
        return dm.enums().stream().filter(e -> e.dbName().equals(dbName)).findFirst();
    }

    Optional<EnumType> enumByName(String name) {
        return dm == null ? Optional.empty() : dm.findEnum(name);
    }

    List<EnumType> enums() {
        return dm == null ? List.of() : dm.enums();
    }

    /** The inline relation whose referencing fields are exactly these columns of {@code model}'s table. */
    Optional<InlineRelation> relationForForeignKey(Model model, List<String> columns) {
        if (dm == null || model == null) {
            return Optional.empty();
        }
        for (InlineRelation rel : relationsFrom.getOrDefault(model.name(), List.of())) {
            if (rel.fields().size() == columns.size()) {
                boolean same = true;
                for (int i = 0; i < columns.size() && same; i++) {
                    same = model.columnName(rel.fields().get(i)).equals(columns.get(i));
                }
                if (same && rel.backField().isPresent()) {
                    return Optional.of(rel);
                }
            }
        }
        return Optional.empty();
    }

    /** The implicit many-to-many relation stored in the join table {@code _name}. */
    Optional<ImplicitManyToManyRelation> manyToMany(String joinTable) {
        return Optional.ofNullable(joinTables.get(joinTable));
    }

    Optional<RelationField> relationField(String model, String field) {
        return dm == null ? Optional.empty() : dm.findModel(model).flatMap(m -> m.relationField(field));
    }
}
