package dev.shale.psl.validate;

import dev.shale.datamodel.Datamodel;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.validate.connector.Connector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a parsed schema the way Prisma 7.10 does and, when it is valid, lowers it into the
 * {@link Datamodel}. The steps and their order follow Prisma's, because the order of diagnostics
 * is part of parity: parse errors, names, types, attributes, relation inference, datasource and
 * generators; then, only if nothing is wrong so far, the validation pipeline.
 */
public final class Validator {
    private Validator() {
    }

    public static ValidationResult validate(ParsedSchema parsed) {
        Diagnostics diagnostics = new Diagnostics();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            diagnostics.add(diagnostic);
        }
        SchemaDb db = new SchemaDb(parsed.files());
        new NameResolution(db, diagnostics).run();
        new TypeResolution(db, diagnostics).run();
        AttributeResolution attributes = new AttributeResolution(db, diagnostics);
        attributes.run();
        new RelationInference(db).run();
        List<DatasourceConfig> datasources = new DatasourceLoader(diagnostics).load(db.datasources);
        DatasourceConfig datasource = datasources.isEmpty() ? null : datasources.get(0);
        Set<String> previewFeatures = new HashSet<>();
        List<GeneratorConfig> generators = new GeneratorLoader(diagnostics)
                .load(db.generators, datasource == null ? null : datasource.provider(), previewFeatures);
        PipelineContext ctx = new PipelineContext(db, diagnostics,
                Connector.of(datasource == null ? null : datasource.provider()), datasource, previewFeatures);
        if (!diagnostics.hasErrors()) {
            new Pipeline(ctx, attributes.unknownDefaultFunctions).run();
        }
        Optional<Datamodel> datamodel = diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new DatamodelLowering(ctx, generators).lower());
        return new ValidationResult(diagnostics.all(), datamodel);
    }
}
