package dev.shale.psl.validate;

import dev.shale.datamodel.Provider;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of a model or view as a whole: unique criteria, primary key, names, schemas, autoincrement. */
final class ModelChecks {
    private final PipelineContext ctx;
    private final Names names;
    private final Diagnostics diagnostics;

    ModelChecks(PipelineContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.diagnostics = ctx.diagnostics;
    }

    /** Two models (or views) with the same table name in the same schema. */
    void databaseNameClashes() {
        Map<String, ModelInfo> seen = new HashMap<>();
        for (ModelInfo model : ctx.db.models) {
            if (model.isView()) {
                continue;
            }
            String key = (model.schema == null ? "\u0001" : model.schema) + "\u0000" + model.dbName();
            ModelInfo existing = seen.put(key, model);
            if (existing == null) {
                continue;
            }
            if (model.mappedName != null) {
                diagnostics.error("The model with database name \"" + model.dbName()
                        + "\" could not be defined because another model or view with this name exists: \"" + existing.name() + "\"",
                        mapAttributeSpan(model));
            } else {
                diagnostics.error("The model with database name \"" + model.dbName()
                        + "\" could not be defined because another model or view with this name exists: \"" + model.name() + "\"",
                        mapAttributeSpan(existing));
            }
        }
    }

    private static Span mapAttributeSpan(ModelInfo model) {
        for (Attribute attribute : model.ast.attributes()) {
            if (attribute.name().name().equals("map")) {
                return attribute.span();
            }
        }
        return model.ast.span();
    }

    void check(ModelInfo model) {
        if (model.isView()) {
            if (!ctx.preview("views")) {
                diagnostics.validationError("View definitions are only available with the `views` preview feature.", model.ast.span());
            }
        } else {
            strictUniqueCriteria(model);
        }
        primaryKeyName(model);
        customPrimaryKeyName(model);
        idHasFields(model);
        shardKey(model);
        idClientName(model);
        primaryKeyConnectorSpecific(model);
        primaryKeyLengthAndSort(model);
        onlyOneFulltext(model);
        ProviderChecks.model(ctx, model);
        schemaAttribute(model);
        if (!model.isView()) {
            autoincrement(model);
        }
    }

    private void strictUniqueCriteria(ModelInfo model) {
        if (model.ignored) {
            return;
        }
        List<List<TypedField>> criteria = UniqueCriteria.of(model);
        for (List<TypedField> criterion : criteria) {
            if (UniqueCriteria.isStrict(criterion)) {
                return;
            }
        }
        String message = "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.";
        if (!criteria.isEmpty()) {
            List<String> loose = new ArrayList<>();
            for (List<TypedField> criterion : criteria) {
                List<String> fieldNames = new ArrayList<>();
                criterion.forEach(f -> fieldNames.add(f.name()));
                loose.add("- " + String.join(", ", fieldNames));
            }
            message = message + " The following unique criterias were not considered as they contain fields that are not required:\n"
                    + String.join("\n", loose);
        }
        diagnostics.modelError(message, model.kind(), model.name(), model.ast.span());
    }

    private void primaryKeyName(ModelInfo model) {
        String name = names.primaryKeyName(model);
        if (name == null) {
            return;
        }
        PrimaryKeyInfo pk = model.primaryKey;
        DatabaseNames.tooLong(ctx, model.name(), pk.attribute, name, !pk.definedOnField());
        for (var scope : names.violations(model, Names.ConstraintKind.PRIMARY_KEY, name)) {
            diagnostics.attributeError("The given constraint name `" + name + "` has to be unique in the following namespace: "
                    + scope.description(model.name()) + ". Please provide a different name using the `map` argument.",
                    pk.attributeName(), AttributeVisitor.argumentSpan(pk.attribute, "map").orElse(pk.attribute.span()));
        }
    }

    private void customPrimaryKeyName(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk == null || pk.name == null) {
            return;
        }
        if (names.customNameClash(model, pk.name)) {
            diagnostics.attributeError("The given custom name `" + pk.name
                    + "` has to be unique on the model. Please provide a different name for the `name` argument.",
                    pk.attributeName(), AttributeVisitor.argumentSpan(pk.attribute, "name").orElse(pk.attribute.span()));
        }
    }

    private void idHasFields(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk != null && pk.fields.isEmpty()) {
            diagnostics.attributeError("The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field.",
                    pk.attributeName(), pk.attribute.span());
        }
    }

    private void shardKey(ModelInfo model) {
        ShardKeyInfo key = model.shardKey;
        if (key == null) {
            return;
        }
        String attributeName = key.sourceField() != null ? "@shardKey" : "@@shardKey";
        if (!ctx.preview("shardKeys")) {
            diagnostics.attributeError("Defining shard keys requires enabling the `shardKeys` preview feature", attributeName,
                    key.attribute().span());
        }
        if (!ctx.connector.supportsShardKeys()) {
            String provider = ctx.connector.provider() == null ? "empty" : ctx.connector.provider().prismaName();
            diagnostics.attributeError("Shard keys are not currently supported for provider " + provider,
                    attributeName, key.attribute().span());
        }
        if (key.fields().isEmpty()) {
            diagnostics.attributeError("The list of fields in a `@@shardKey()` attribute cannot be empty. Please specify at least one field.",
                    attributeName, key.attribute().span());
        }
    }

    private void idClientName(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk == null || pk.fields.size() <= 1) {
            return;
        }
        List<String> parts = new ArrayList<>();
        pk.fields.forEach(f -> parts.add(f.name()));
        String clientName = String.join("_", parts);
        if (model.scalarFields.stream().anyMatch(f -> f.name().equals(clientName))) {
            diagnostics.modelError("The field `" + clientName
                    + "` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`",
                    model.kind(), model.name(), pk.attribute.span());
        }
    }

    private void primaryKeyConnectorSpecific(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk == null) {
            return;
        }
        if (pk.mappedName != null && !ctx.has(Capability.NAMED_PRIMARY_KEYS)) {
            diagnostics.modelError("You defined a database name for the primary key on the model. This is not supported by the provider.",
                    model.kind(), model.name(), model.ast.span());
        }
        if (pk.fields.size() > 1 && !ctx.has(Capability.COMPOUND_IDS)) {
            diagnostics.modelError("The current connector does not support compound ids.", model.kind(), model.name(),
                    pk.attribute.span());
        }
    }

    private void primaryKeyLengthAndSort(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk == null) {
            return;
        }
        if (!ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING) && IndexFieldInfo.anyLength(pk.fields)) {
            diagnostics.attributeError("The length argument is not supported in the primary key with the current connector",
                    pk.attributeName(), pk.attribute.span());
        }
        if (!ctx.has(Capability.PRIMARY_KEY_SORT_ORDER) && IndexFieldInfo.anySort(pk.fields)) {
            diagnostics.attributeError("The sort argument is not supported in the primary key with the current connector",
                    pk.attributeName(), pk.attribute.span());
        }
    }

    private void onlyOneFulltext(ModelInfo model) {
        if (!ctx.has(Capability.FULLTEXT_INDEX) || ctx.has(Capability.MULTIPLE_FULLTEXT_PER_MODEL)) {
            return;
        }
        List<IndexInfo> fulltext = model.indexes.stream().filter(IndexInfo::isFulltext).toList();
        if (fulltext.size() > 1) {
            for (IndexInfo index : fulltext) {
                diagnostics.attributeError("The current connector only allows one fulltext attribute per model", "@@fulltext",
                        index.attribute.span());
            }
        }
    }

    private void schemaAttribute(ModelInfo model) {
        if (model.schema != null) {
            if (ctx.has(Capability.MULTI_SCHEMA)) {
                if (ctx.datasource != null && !ctx.datasource.hasSchema(model.schema)) {
                    diagnostics.error("This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
                            model.schemaSpan);
                }
            } else if (ctx.datasource == null || ctx.datasource.schemasSpan() == null) {
                // With a `schemas` property, its own error already says the provider has no schemas.
                diagnostics.error("@@schema is not supported on the current datasource provider", model.schemaSpan);
            }
            return;
        }
        if (ctx.has(Capability.MULTI_SCHEMA) && ctx.datasource != null && ctx.datasource.schemasSpan() != null
                && !ctx.connector.is(Provider.MYSQL)) {
            String what = model.isView() ? "This view is missing an `@@schema` attribute." : "This model is missing an `@@schema` attribute.";
            diagnostics.modelError(what, model.kind(), model.name(), model.ast.span());
        }
    }

    private void autoincrement(ModelInfo model) {
        List<ScalarFieldInfo> fields = null; // rarely any: no list, no stream, for the rest
        for (int i = 0; i < model.scalarFields.size(); i++) {
            ScalarFieldInfo f = model.scalarFields.get(i);
            if (f.defaultValue != null && f.defaultValue.isFunction("autoincrement")) {
                if (fields == null) {
                    fields = new java.util.ArrayList<>(1);
                }
                fields.add(f);
            }
        }
        if (fields == null) {
            return;
        }
        if (!ctx.has(Capability.AUTOINCREMENT)) {
            for (ScalarFieldInfo field : fields) {
                diagnostics.attributeError("The `autoincrement()` default value is used with a datasource that does not support it.",
                        "@default", field.defaultValue.attribute().span());
            }
            return;
        }
        if (!ctx.has(Capability.AUTOINCREMENT_MULTIPLE) && fields.size() > 1) {
            diagnostics.attributeError("The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table.",
                    "@default", model.ast.span());
        }
        for (ScalarFieldInfo field : fields) {
            boolean singleId = model.primaryKey != null && model.primaryKey.fields.size() == 1
                    && model.primaryKey.fields.get(0).root() == field && model.primaryKey.fields.get(0).path().isEmpty();
            if (!ctx.has(Capability.AUTOINCREMENT_ON_NON_ID) && !singleId) {
                diagnostics.attributeError("The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.",
                        "@default", field.ast.span());
            }
            if (!ctx.has(Capability.AUTOINCREMENT_NON_INDEXED) && !indexedForAutoincrement(model, field)) {
                diagnostics.attributeError("The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this.",
                        "@default", field.ast.span());
            }
        }
    }

    /** Whether the field is first in the primary key or in some index (MySQL needs that for AUTO_INCREMENT). */
    private static boolean indexedForAutoincrement(ModelInfo model, ScalarFieldInfo field) {
        if (model.primaryKey != null && !model.primaryKey.fields.isEmpty() && model.primaryKey.fields.get(0).root() == field) {
            return true;
        }
        for (IndexInfo index : model.indexes) {
            if (!index.fields.isEmpty() && index.fields.get(0).root() == field) {
                return true;
            }
        }
        return false;
    }
}
