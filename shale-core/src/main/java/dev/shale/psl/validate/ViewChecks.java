package dev.shale.psl.validate;

/** Views have no primary keys and no indexes; their {@code @@unique} is client-side only. */
final class ViewChecks {
    private final PipelineContext ctx;

    ViewChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void primaryKey(PrimaryKeyInfo pk) {
        ctx.diagnostics.validationError("Views cannot have primary keys.", pk.attribute.span());
    }

    /** Views have no database indexes: only the client-side checks of {@code @@unique} apply. */
    void index(IndexInfo index) {
        if (index.isNormal() || index.isFulltext()) {
            ctx.diagnostics.validationError("Views cannot have indexes.", index.attribute.span());
        }
        if (index.fields.stream().anyMatch(f -> f.sort() != null || f.length() != null || f.operatorClass() != null)) {
            ctx.diagnostics.attributeError("Scalar fields in @@unique attributes in views cannot have arguments.", index.attributeName(),
                    index.attribute.span());
        }
        if (index.isUnique() && index.mappedName != null) {
            ctx.diagnostics.validationError("@@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.",
                    index.attribute.span());
        }
        if (index.isUnique() && index.clustered != null) {
            ctx.diagnostics.validationError("@@unique annotations on views are not backed by unique indexes in the database and cannot be clustered.",
                    index.attribute.span());
        }
    }
}
