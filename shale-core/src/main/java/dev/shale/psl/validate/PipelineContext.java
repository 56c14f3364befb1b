package dev.shale.psl.validate;

import dev.shale.datamodel.RelationMode;
import dev.shale.psl.validate.connector.Capability;
import dev.shale.psl.validate.connector.Connector;
import java.util.Set;

/** What every check of the validation pipeline reads: the resolved schema, the provider and the settings. */
final class PipelineContext {
    final SchemaDb db;
    final Diagnostics diagnostics;
    final Connector connector;
    /** The datasource, or null when the schema has none. */
    final DatasourceConfig datasource;
    final RelationMode relationMode;
    /** Enabled preview features, lower case. */
    final Set<String> previewFeatures;

    PipelineContext(SchemaDb db, Diagnostics diagnostics, Connector connector, DatasourceConfig datasource,
            Set<String> previewFeatures) {
        this.db = db;
        this.diagnostics = diagnostics;
        this.connector = connector;
        this.datasource = datasource;
        this.relationMode = datasource != null && datasource.relationMode() != null ? datasource.relationMode()
                : connector.defaultRelationMode();
        this.previewFeatures = Set.copyOf(previewFeatures);
    }

    boolean has(Capability capability) {
        return connector.has(capability);
    }

    boolean preview(String feature) {
        return previewFeatures.contains(feature.toLowerCase(java.util.Locale.ROOT));
    }
}
