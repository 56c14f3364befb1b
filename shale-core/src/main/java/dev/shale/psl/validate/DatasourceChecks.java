package dev.shale.psl.validate;

import dev.shale.datamodel.Provider;

/** Datasource settings the provider must support: {@code schemas}, {@code extensions}. */
final class DatasourceChecks {
    private final PipelineContext ctx;

    DatasourceChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void run() {
        DatasourceConfig ds = ctx.datasource;
        if (ds == null) {
            return;
        }
        if (ds.provider() == Provider.POSTGRESQL && ds.extensionsSpan() != null) {
            if (!ctx.preview("postgresqlExtensions")) {
                ctx.diagnostics.error("The `extensions` property is only available with the `postgresqlExtensions` preview feature.",
                        ds.extensionsSpan());
                return;
            }
            for (DatasourceConfig.Extension extension : ds.extensions()) {
                String name = extension.name();
                if (name.isEmpty()) {
                    ctx.diagnostics.validationError("The name of an extension must not be empty.", extension.span());
                } else if (NameResolution.isNumeric(name.codePointAt(0))) {
                    ctx.diagnostics.validationError("The name of an extension must not start with a number.", extension.span());
                } else if (name.indexOf('-') >= 0) {
                    ctx.diagnostics.validationError("The character `-` is not allowed in extension names.", extension.span());
                }
            }
        }
    }
}
