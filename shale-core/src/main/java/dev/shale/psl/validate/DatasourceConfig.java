package dev.shale.psl.validate;

import dev.shale.datamodel.ConfigValue;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.RelationMode;
import dev.shale.psl.Span;
import dev.shale.psl.ast.DatasourceBlock;
import java.util.List;

/** A datasource block as loaded: provider, URLs, relation mode, extensions and schemas. */
record DatasourceConfig(
        DatasourceBlock block,
        String providerAsWritten,
        Provider provider,
        ConfigValue url,
        ConfigValue directUrl,
        ConfigValue shadowDatabaseUrl,
        RelationMode relationMode,
        List<Extension> extensions,
        Span extensionsSpan,
        List<SchemaName> schemas,
        Span schemasSpan) {

    /** An entry of {@code extensions = [...]}. */
    record Extension(String name, String map, String schema, String version, Span span) {
    }

    /** An entry of {@code schemas = [...]}. */
    record SchemaName(String name, Span span) {
    }

    String name() {
        return block.name().name();
    }

    boolean hasSchema(String schema) {
        return schemas.stream().anyMatch(s -> s.name().equals(schema));
    }
}
