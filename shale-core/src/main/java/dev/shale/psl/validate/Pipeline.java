package dev.shale.psl.validate;

import java.util.List;

/**
 * The validation pipeline, run only on a schema without errors so far, in Prisma's order:
 * composite types, datasource, models (then views) with their fields, relation fields and
 * indexes, enums, and finally every relation.
 */
final class Pipeline {
    private final PipelineContext ctx;
    private final List<ScalarFieldInfo> unknownDefaultFunctions;

    Pipeline(PipelineContext ctx, List<ScalarFieldInfo> unknownDefaultFunctions) {
        this.ctx = ctx;
        this.unknownDefaultFunctions = unknownDefaultFunctions;
    }

    void run() {
        Names names = new Names(ctx);
        new CompositeTypeChecks(ctx).run();
        ProviderChecks.unknownDefaultFunctions(ctx, unknownDefaultFunctions);
        new DatasourceChecks(ctx).run();
        ModelChecks modelChecks = new ModelChecks(ctx, names);
        FieldChecks fieldChecks = new FieldChecks(ctx, names);
        RelationFieldChecks relationFieldChecks = new RelationFieldChecks(ctx, names);
        IndexChecks indexChecks = new IndexChecks(ctx, names);
        ViewChecks viewChecks = new ViewChecks(ctx);
        modelChecks.databaseNameClashes();
        for (ModelInfo model : Names.modelsThenViews(ctx.db)) {
            modelChecks.check(model);
            if (model.primaryKey != null) {
                if (model.isView()) {
                    viewChecks.primaryKey(model.primaryKey);
                } else {
                    indexChecks.primaryKey(model);
                }
            }
            for (ScalarFieldInfo field : model.scalarFields) {
                fieldChecks.check(field);
            }
            for (RelationFieldInfo field : model.relationFields) {
                String ambiguity = relationFieldChecks.ambiguity(field);
                if (ambiguity != null) {
                    // Prisma stops here: ambiguous relations make every later relation check misleading.
                    ctx.diagnostics.error(ambiguity, field.ast.span());
                    return;
                }
                relationFieldChecks.check(field, fieldChecks);
            }
            for (IndexInfo index : model.indexes) {
                if (model.isView()) {
                    viewChecks.index(index);
                } else {
                    indexChecks.check(index);
                }
            }
        }
        new EnumChecks(ctx).run();
        RelationChecks relationChecks = new RelationChecks(ctx, names);
        for (RelationInfo relation : ctx.db.relations) {
            relationChecks.check(relation);
        }
    }
}
