package dev.shale.psl.validate;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.validate.connector.Capability;
import java.util.ArrayList;
import java.util.List;

/** Checks of indexes and unique constraints (and of the primary key's field arguments). */
final class IndexChecks {
    private final PipelineContext ctx;
    private final Names names;
    private final Diagnostics diagnostics;

    IndexChecks(PipelineContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.diagnostics = ctx.diagnostics;
    }

    void check(IndexInfo index) {
        ModelInfo model = index.model;
        String attributeName = index.attributeName();
        Attribute attribute = index.attribute;
        if (index.fields.isEmpty()) {
            diagnostics.attributeError("The list of fields in an index cannot be empty. Please specify at least one field.",
                    attributeName, attribute.span());
        }
        String name = names.indexName(index);
        for (var scope : names.violations(model, Names.ConstraintKind.INDEX, name)) {
            diagnostics.attributeError("The given constraint name `" + name + "` has to be unique in the following namespace: "
                    + scope.description(model.name()) + ". Please provide a different name using the `map` argument.",
                    attributeName, AttributeVisitor.argumentSpan(attribute, "map")
                            .or(() -> AttributeVisitor.argumentSpan(attribute, "name")).orElse(attribute.span()));
        }
        if (index.isUnique() && index.fields.size() > 1) {
            List<String> parts = new ArrayList<>();
            index.fields.forEach(f -> {
                List<String> path = new ArrayList<>();
                path.add(f.root().name());
                f.path().forEach(p -> path.add(p.name()));
                parts.add(String.join("_", path));
            });
            String clientName = String.join("_", parts);
            if (model.scalarFields.stream().anyMatch(f -> f.name().equals(clientName))) {
                diagnostics.modelError("The field `" + clientName + "` clashes with the `" + attributeName
                        + "` name. Please resolve the conflict by providing a custom id name: `" + attributeName
                        + "([...], name: \"custom_name\")`", model.kind(), model.name(), attribute.span());
            }
        }
        if (index.name != null && names.customNameClash(model, index.name)) {
            diagnostics.attributeError("The given custom name `" + index.name
                    + "` has to be unique on the model. Please provide a different name for the `name` argument.", attributeName,
                    AttributeVisitor.argumentSpan(attribute, "name").orElse(attribute.span()));
        }
        if (!ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING) && IndexFieldInfo.anyLength(index.fields)) {
            diagnostics.attributeError("The length argument is not supported in an index definition with the current connector",
                    attributeName, attribute.span());
        }
        if (index.algorithm != null && !ctx.connector.supportsIndexType(index.algorithm)) {
            diagnostics.attributeError("The given index type is not supported with the current connector", attributeName,
                    AttributeVisitor.argumentSpan(attribute, "type").orElse(attribute.span()));
        }
        if (ctx.connector.supportsIndexType(IndexAlgorithm.HASH) && index.algorithm == IndexAlgorithm.HASH
                && IndexFieldInfo.anySort(index.fields)) {
            diagnostics.attributeError("Hash type does not support sort option.", attributeName, attribute.span());
        }
        if (index.isFulltext()) {
            fulltext(index, attributeName);
        }
        DatabaseNames.tooLong(ctx, model.name(), attribute, index.mappedName, !index.definedOnField());
        if (index.clustered != null && !ctx.has(Capability.CLUSTERING)) {
            diagnostics.attributeError("Defining clustering is not supported in the current connector.", attributeName, attribute.span());
        }
        clusteredOnce(index, attributeName);
        if (!index.isNormal() && IndexFieldInfo.anyOperatorClass(index.fields)) {
            diagnostics.attributeError("Operator classes can only be defined to fields in an @@index attribute.", attributeName,
                    attribute.span());
        }
        if (index.isUnique() && index.fields.size() > 1) {
            for (IndexFieldInfo field : index.fields) {
                if (field.field().type() instanceof TypeRef.Composite) {
                    diagnostics.attributeError("Prisma does not currently support composite types in compound unique indices, please remove \""
                            + field.name() + "\" from the index. See https://pris.ly/d/mongodb-composite-compound-indices for more details",
                            attributeName, attribute.span());
                    break;
                }
            }
        }
        if (index.where != null) {
            if (!ctx.preview("partialIndexes")) {
                diagnostics.attributeError("Partial indexes are a preview feature. Add \"partialIndexes\" to previewFeatures in your generator block.",
                        attributeName, attribute.span());
            } else if (!ctx.has(Capability.PARTIAL_INDEX)) {
                diagnostics.attributeError("Partial indexes (with a `where` clause) are not supported by the current connector.",
                        attributeName, attribute.span());
            }
        }
        for (IndexFieldInfo field : index.fields) {
            lengthOnRightType(field, attributeName, attribute);
        }
    }

    private void fulltext(IndexInfo index, String attributeName) {
        Attribute attribute = index.attribute;
        if (!ctx.has(Capability.FULLTEXT_INDEX)) {
            diagnostics.attributeError("Defining fulltext indexes is not supported with the current connector.", attributeName,
                    attribute.span());
            return;
        }
        if (IndexFieldInfo.anyLength(index.fields)) {
            diagnostics.attributeError("The length argument is not supported in a @@fulltext attribute.", attributeName,
                    attribute.span());
        }
        if (!ctx.has(Capability.SORT_ORDER_IN_FULLTEXT_INDEX)) {
            if (IndexFieldInfo.anySort(index.fields)) {
                diagnostics.attributeError("The sort argument is not supported in a @@fulltext attribute in the current connector.",
                        attributeName, attribute.span());
            }
            return;
        }
        // MongoDB: the text fields (without sort) must be adjacent.
        int state = 0; // 0 init, 1 sorted head, 2 text bundle, 3 sorted tail
        for (IndexFieldInfo field : index.fields) {
            boolean sorted = field.sort() != null;
            if (state == 3 && !sorted) {
                diagnostics.attributeError("All index fields must be listed adjacently in the fields argument.", attributeName,
                        attribute.span());
                return;
            }
            if (sorted) {
                state = state == 2 || state == 3 ? 3 : 1;
            } else {
                state = 2;
            }
        }
    }

    private void clusteredOnce(IndexInfo index, String attributeName) {
        if (!ctx.has(Capability.CLUSTERING) || !Boolean.TRUE.equals(index.clustered)) {
            return;
        }
        PrimaryKeyInfo pk = index.model.primaryKey;
        if (pk != null && !Boolean.FALSE.equals(pk.clustered)) {
            diagnostics.attributeError("A model can only hold one clustered index or key.", attributeName, index.attribute.span());
        }
        for (IndexInfo other : index.model.indexes) {
            if (other != index && Boolean.TRUE.equals(other.clustered)) {
                diagnostics.attributeError("A model can only hold one clustered index.", attributeName, index.attribute.span());
                return;
            }
        }
    }

    /** {@code length:} only on String and Bytes fields (where the provider supports it). */
    void lengthOnRightType(IndexFieldInfo field, String attributeName, Attribute attribute) {
        if (!ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING) || field.length() == null) {
            return;
        }
        TypeRef type = field.field().type();
        if (type.isUnsupported() || type.is(ScalarType.STRING) || type.is(ScalarType.BYTES)) {
            return;
        }
        diagnostics.attributeError("The length argument is only allowed with field types `String` or `Bytes`.", attributeName,
                attribute.span());
    }

    /** Primary key field arguments and clustering. */
    void primaryKey(ModelInfo model) {
        PrimaryKeyInfo pk = model.primaryKey;
        for (IndexFieldInfo field : pk.fields) {
            lengthOnRightType(field, pk.attributeName(), pk.attribute);
        }
        if (pk.clustered != null && !ctx.has(Capability.CLUSTERING)) {
            diagnostics.attributeError("Defining clustering is not supported in the current connector.", pk.attributeName(),
                    pk.attribute.span());
        }
        if (ctx.has(Capability.CLUSTERING) && !Boolean.FALSE.equals(pk.clustered)) {
            for (IndexInfo index : model.indexes) {
                if (Boolean.TRUE.equals(index.clustered)) {
                    diagnostics.attributeError("A model can only hold one clustered index or id.", pk.attributeName(),
                            pk.attribute.span());
                    return;
                }
            }
        }
    }
}
