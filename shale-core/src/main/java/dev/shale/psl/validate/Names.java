package dev.shale.psl.validate;

import dev.shale.datamodel.ConstraintNames;
import dev.shale.psl.validate.connector.Connector;
import dev.shale.psl.validate.connector.ConstraintScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the pipeline checks for clashes: relation names per pair of models, client names of
 * indexes and ids, and database constraint names in the provider's namespaces.
 */
final class Names {
    record RelationKey(ModelInfo model, ModelInfo related, String relationName) {
    }

    enum ConstraintKind { INDEX, RELATION, DEFAULT, PRIMARY_KEY }

    /** A constraint name in a global scope (per database schema) or a per-model scope. */
    private record ScopedName(ConstraintScope scope, Object owner, String name) {
    }

    /** The owner of global names of models without {@code @@schema} (a key no schema name can equal). */
    private static final Object NO_SCHEMA = new Object();

    /** A client name ({@code name:} argument) on a model. */
    private record ModelName(ModelInfo model, String name) {
    }

    final Map<RelationKey, List<RelationFieldInfo>> relationNames = new HashMap<>();
    private final Set<ModelName> indexNames = new HashSet<>();
    private final Set<ModelName> uniqueNames = new HashSet<>();
    private final Map<ModelInfo, String> primaryKeyNames = new HashMap<>();
    private final Map<ScopedName, Integer> global = new HashMap<>();
    private final Map<ScopedName, Integer> local = new HashMap<>();
    private final Map<ModelName, Integer> localCustom = new HashMap<>();
    private final Connector connector;

    Names(PipelineContext ctx) {
        this.connector = ctx.connector;
        List<ModelInfo> ordered = modelsThenViews(ctx.db);
        for (ModelInfo model : ordered) {
            for (RelationFieldInfo field : model.relationFields) {
                relationNames.computeIfAbsent(new RelationKey(model, field.related, field.relationName()), k -> new ArrayList<>())
                        .add(field);
            }
            for (IndexInfo index : model.indexes) {
                if (index.name != null) {
                    (index.isUnique() ? uniqueNames : indexNames).add(new ModelName(model, index.name));
                }
            }
            if (model.primaryKey != null && model.primaryKey.name != null) {
                primaryKeyNames.put(model, model.primaryKey.name);
            }
        }
        for (ConstraintScope scope : connector.constraintScopes()) {
            switch (scope) {
                case GLOBAL_KEY_INDEX -> addIndexes(ordered, scope);
                case GLOBAL_FOREIGN_KEY -> addRelations(ctx.db, scope);
                case GLOBAL_PRIMARY_KEY_KEY_INDEX -> {
                    addPrimaryKeys(ordered, scope);
                    addIndexes(ordered, scope);
                }
                case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> {
                    addPrimaryKeys(ordered, scope);
                    addRelations(ctx.db, scope);
                    addDefaults(ordered, scope);
                }
                case MODEL_KEY_INDEX -> addIndexes(ordered, scope);
                case MODEL_PRIMARY_KEY_KEY_INDEX -> {
                    addPrimaryKeys(ordered, scope);
                    addIndexes(ordered, scope);
                }
                case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY -> {
                    addPrimaryKeys(ordered, scope);
                    addIndexes(ordered, scope);
                    for (ModelInfo model : ctx.db.models) {
                        if (!model.isView()) {
                            for (RelationInfo relation : model.relationsFrom) {
                                count(local, key(scope, model, null, foreignKeyName(relation)));
                            }
                        }
                    }
                }
            }
        }
        for (ModelInfo model : ordered) {
            if (model.primaryKey != null && model.primaryKey.name != null) {
                count(localCustom, new ModelName(model, model.primaryKey.name));
            }
            for (IndexInfo index : model.indexes) {
                if (index.name != null) {
                    count(localCustom, new ModelName(model, index.name));
                }
            }
        }
    }

    static List<ModelInfo> modelsThenViews(SchemaDb db) {
        List<ModelInfo> out = new ArrayList<>(db.models.size());
        db.models.stream().filter(m -> !m.isView()).forEach(out::add);
        db.models.stream().filter(ModelInfo::isView).forEach(out::add);
        return out;
    }

    private static <K> void count(Map<K, Integer> map, K key) {
        map.merge(key, 1, Integer::sum);
    }

    private static ScopedName key(ConstraintScope scope, ModelInfo model, String schema, String name) {
        return new ScopedName(scope, scope.isGlobal() ? (schema == null ? NO_SCHEMA : schema) : model, name);
    }

    private void addIndexes(List<ModelInfo> models, ConstraintScope scope) {
        for (ModelInfo model : models) {
            for (IndexInfo index : model.indexes) {
                count(scope.isGlobal() ? global : local, key(scope, model, model.schema, indexName(index)));
            }
        }
    }

    private void addPrimaryKeys(List<ModelInfo> models, ConstraintScope scope) {
        for (ModelInfo model : models) {
            String name = primaryKeyName(model);
            if (name != null) {
                count(scope.isGlobal() ? global : local, key(scope, model, model.schema, name));
            }
        }
    }

    private void addRelations(SchemaDb db, ConstraintScope scope) {
        for (RelationInfo relation : db.relations) {
            if (relation.isInline()) {
                count(global, key(scope, relation.modelA, relation.modelA.schema, foreignKeyName(relation)));
            }
        }
    }

    private void addDefaults(List<ModelInfo> models, ConstraintScope scope) {
        for (ModelInfo model : models) {
            for (ScalarFieldInfo field : model.scalarFields) {
                if (field.defaultValue != null) {
                    count(global, key(scope, model, model.schema, defaultName(field)));
                }
            }
        }
    }

    /** The scopes in which {@code name} (of the given kind, on {@code model}) is used more than once. */
    private static final List<ConstraintScope> INDEX_SCOPES = List.of(ConstraintScope.GLOBAL_KEY_INDEX,
            ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX);
    private static final List<ConstraintScope> RELATION_SCOPES = List.of(ConstraintScope.GLOBAL_FOREIGN_KEY,
            ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
    private static final List<ConstraintScope> DEFAULT_SCOPES = List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT);
    private static final List<ConstraintScope> PRIMARY_KEY_SCOPES = List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
            ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX,
            ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);

    List<ConstraintScope> violations(ModelInfo model, ConstraintKind kind, String name) {
        List<ConstraintScope> out = null; // nearly always none: no list then
        List<ConstraintScope> possible = switch (kind) {
            case INDEX -> INDEX_SCOPES;
            case RELATION -> RELATION_SCOPES;
            case DEFAULT -> DEFAULT_SCOPES;
            case PRIMARY_KEY -> PRIMARY_KEY_SCOPES;
        };
        List<ConstraintScope> active = connector.constraintScopes();
        for (int pass = 0; pass < 2; pass++) { // global scopes first, then per-model ones
            for (int i = 0; i < possible.size(); i++) {
                ConstraintScope scope = possible.get(i);
                if (scope.isGlobal() != (pass == 0) || !active.contains(scope)) {
                    continue;
                }
                Integer count = (scope.isGlobal() ? global : local).get(key(scope, model, model.schema, name));
                if (count != null && count > 1) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(scope);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    boolean customNameClash(ModelInfo model, String name) {
        return localCustom.getOrDefault(new ModelName(model, name), 0) > 1;
    }

    /** Which client names a field name clashes with: "@@index", "@@unique", "@@id". */
    List<String> nameTaken(ModelInfo model, String name) {
        if (indexNames.isEmpty() && uniqueNames.isEmpty() && primaryKeyNames.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        ModelName key = new ModelName(model, name);
        if (indexNames.contains(key)) {
            out.add("@@index");
        }
        if (uniqueNames.contains(key)) {
            out.add("@@unique");
        }
        if (name.equals(primaryKeyNames.get(model))) {
            out.add("@@id");
        }
        return out;
    }

    // Effective database names of constraints, as Prisma computes them.

    String indexName(IndexInfo index) {
        if (index.constraintName == null) {
            index.constraintName = computeIndexName(index);
        }
        return index.constraintName;
    }

    private String computeIndexName(IndexInfo index) {
        if (index.mappedName != null) {
            return index.mappedName;
        }
        List<String> columns = new ArrayList<>();
        index.fields.forEach(f -> columns.add(f.dbPath()));
        return index.isUnique() ? ConstraintNames.uniqueIndexName(index.model.dbName(), columns, connector.maxIdentifierLength())
                : ConstraintNames.indexName(index.model.dbName(), columns, connector.maxIdentifierLength());
    }

    /** Null when the provider does not name primary keys. */
    String primaryKeyName(ModelInfo model) {
        if (model.primaryKey == null || !connector.has(dev.shale.psl.validate.connector.Capability.NAMED_PRIMARY_KEYS)) {
            return null;
        }
        if (model.primaryKey.mappedName != null) {
            return model.primaryKey.mappedName;
        }
        if (model.primaryKey.constraintName == null) {
            model.primaryKey.constraintName = ConstraintNames.primaryKeyName(model.dbName(), connector.maxIdentifierLength());
        }
        return model.primaryKey.constraintName;
    }

    /** Whether the relation has a foreign key: a forward field with {@code fields:}. */
    static boolean hasForeignKey(RelationInfo relation) {
        return relation.forward() != null && relation.forward().fields != null && !relation.forward().fields.isEmpty();
    }

    String foreignKeyName(RelationInfo relation) {
        if (relation.foreignKeyName == null) {
            relation.foreignKeyName = computeForeignKeyName(relation);
        }
        return relation.foreignKeyName;
    }

    private String computeForeignKeyName(RelationInfo relation) {
        RelationFieldInfo forward = relation.forward();
        if (forward != null && forward.mappedName != null) {
            return forward.mappedName;
        }
        List<String> columns = new ArrayList<>();
        if (forward != null && forward.fields != null) {
            forward.fields.forEach(f -> columns.add(f.dbName()));
        }
        return ConstraintNames.foreignKeyName(relation.modelA.dbName(), columns, connector.maxIdentifierLength());
    }

    /** Whether the provider checks default constraint names at all (SQL Server). */
    boolean checksDefaultNames() {
        return connector.constraintScopes().contains(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT);
    }

    String defaultName(ScalarFieldInfo field) {
        if (field.defaultValue.mappedName() != null) {
            return field.defaultValue.mappedName();
        }
        return ConstraintNames.defaultConstraintName(field.model.dbName(), field.dbName(), connector.maxIdentifierLength());
    }
}
