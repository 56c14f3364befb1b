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

    /** Returns whether the index was reported (then the generic index checks are skipped). */
    boolean index(IndexInfo index) {
        if (index.isNormal() || index.isFulltext()) {
            ctx.diagnostics.validationError("Views cannot have indexes.", index.attribute.span());
            return true;
        }
        boolean reported = false;
        if (index.fields.stream().anyMatch(f -> f.sort() != null || f.length() != null || f.operatorClass() != null)) {
            ctx.diagnostics.attributeError("Scalar fields in @@unique attributes in views cannot have arguments.", index.attributeName(),
                    index.attribute.span());
            reported = true;
        }
        if (index.mappedName != null) {
            ctx.diagnostics.validationError("@@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.",
                    index.attribute.span());
            reported = true;
        }
        if (index.clustered != null) {
            ctx.diagnostics.validationError("@@unique annotations on views are not backed by unique indexes in the database and cannot be clustered.",
                    index.attribute.span());
            reported = true;
        }
        return reported;
    }
}
