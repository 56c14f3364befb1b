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

    final Map<RelationKey, List<RelationFieldInfo>> relationNames = new HashMap<>();
    private final Set<String> indexNames = new HashSet<>();
    private final Set<String> uniqueNames = new HashSet<>();
    private final Map<ModelInfo, String> primaryKeyNames = new HashMap<>();
    private final Map<String, Integer> global = new HashMap<>();
    private final Map<String, Integer> local = new HashMap<>();
    private final Map<String, Integer> localCustom = new HashMap<>();
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
                    (index.isUnique() ? uniqueNames : indexNames).add(model.order + "\u0000" + index.name);
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
                count(localCustom, model.order + "\u0000" + model.primaryKey.name);
            }
            for (IndexInfo index : model.indexes) {
                if (index.name != null) {
                    count(localCustom, model.order + "\u0000" + index.name);
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

    private static void count(Map<String, Integer> map, String key) {
        map.merge(key, 1, Integer::sum);
    }

    private static String key(ConstraintScope scope, ModelInfo model, String schema, String name) {
        if (scope.isGlobal()) {
            return scope.ordinal() + "\u0000" + (schema == null ? "\u0001" : schema) + "\u0000" + name;
        }
        return scope.ordinal() + "\u0000" + model.order + "\u0000" + name;
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
    List<ConstraintScope> violations(ModelInfo model, ConstraintKind kind, String name) {
        List<ConstraintScope> out = new ArrayList<>();
        List<ConstraintScope> possible = switch (kind) {
            case INDEX -> List.of(ConstraintScope.GLOBAL_KEY_INDEX, ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                    ConstraintScope.MODEL_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX);
            case RELATION -> List.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                    ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
            case DEFAULT -> List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT);
            case PRIMARY_KEY -> List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                    ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX,
                    ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
        };
        for (ConstraintScope scope : possible) {
            if (scope.isGlobal() && global.getOrDefault(key(scope, model, model.schema, name), 0) > 1) {
                out.add(scope);
            }
        }
        for (ConstraintScope scope : possible) {
            if (!scope.isGlobal() && local.getOrDefault(key(scope, model, model.schema, name), 0) > 1) {
                out.add(scope);
            }
        }
        return out;
    }

    boolean customNameClash(ModelInfo model, String name) {
        return localCustom.getOrDefault(model.order + "\u0000" + name, 0) > 1;
    }

    /** Which client names a field name clashes with: "@@index", "@@unique", "@@id". */
    List<String> nameTaken(ModelInfo model, String name) {
        List<String> out = new ArrayList<>();
        String key = model.order + "\u0000" + name;
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
        return ConstraintNames.primaryKeyName(model.dbName(), connector.maxIdentifierLength());
    }

    /** Whether the relation has a foreign key: a forward field with {@code fields:}. */
    static boolean hasForeignKey(RelationInfo relation) {
        return relation.forward() != null && relation.forward().fields != null && !relation.forward().fields.isEmpty();
    }

    String foreignKeyName(RelationInfo relation) {
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

    String defaultName(ScalarFieldInfo field) {
        if (field.defaultValue.mappedName() != null) {
            return field.defaultValue.mappedName();
        }
        return ConstraintNames.defaultConstraintName(field.model.dbName(), field.dbName(), connector.maxIdentifierLength());
    }
}
