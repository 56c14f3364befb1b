package dev.shale.psl.validate;

import dev.shale.datamodel.Provider;
import dev.shale.psl.validate.connector.Capability;
import java.util.HashSet;
import java.util.Set;

/** Enums: supported by the provider, unique database names, and {@code @@schema} rules. */
final class EnumChecks {
    private final PipelineContext ctx;

    EnumChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void run() {
        Diagnostics d = ctx.diagnostics;
        if (ctx.has(Capability.ENUMS)) {
            Set<String> seen = new HashSet<>();
            for (EnumInfo info : ctx.db.enums) {
                if (!seen.add((info.schema == null ? "\u0001" : info.schema) + "\u0000" + info.dbName())) {
                    d.error("An enum with the same database name is already defined.", info.ast.span());
                }
            }
        }
        for (EnumInfo info : ctx.db.enums) {
            if (!ctx.has(Capability.ENUMS)) {
                d.validationError("You defined the enum `" + info.name() + "`. But the current connector does not support enums.",
                        info.ast.span());
            }
            if (info.schema != null) {
                if (ctx.has(Capability.MULTI_SCHEMA)) {
                    if (ctx.datasource != null && !ctx.datasource.hasSchema(info.schema)) {
                        d.error("This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
                                info.schemaSpan);
                    }
                } else if (ctx.datasource == null || ctx.datasource.schemasSpan() == null) {
                    d.error("@@schema is not supported on the current datasource provider", info.schemaSpan);
                }
            } else if (ctx.has(Capability.MULTI_SCHEMA) && ctx.datasource != null && ctx.datasource.schemasSpan() != null
                    && !ctx.connector.is(Provider.MYSQL)) {
                d.error("This enum is missing an `@@schema` attribute.", info.ast.span());
            }
        }
    }
}
