package dev.shale.psl.validate;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.CompositeTypeBlock;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.ast.ModelBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything validation learns about a schema, built in Prisma's order: names, then field types,
 * then attributes, then relations. All lookups are hash maps, so every step is linear in the
 * size of the schema.
 */
final class SchemaDb {
    final List<ParsedFile> files;
    /** Every block of every file, in file order then source order. */
    final List<Block> blocks = new ArrayList<>();
    final List<ModelInfo> models = new ArrayList<>();
    final List<EnumInfo> enums = new ArrayList<>();
    final List<CompositeTypeInfo> compositeTypes = new ArrayList<>();
    final List<DatasourceBlock> datasources = new ArrayList<>();
    final List<GeneratorBlock> generators = new ArrayList<>();
    /** Models, views, enums and composite types by name (the last definition of a repeated name). */
    final Map<String, Object> tops = new HashMap<>();
    /** Every relation field of every model, in schema order. */
    final List<RelationFieldInfo> relationFields = new ArrayList<>();
    final List<RelationInfo> relations = new ArrayList<>();

    SchemaDb(List<ParsedFile> files) {
        this.files = List.copyOf(files);
        for (ParsedFile file : files) {
            for (Block block : file.ast().blocks()) {
                blocks.add(block);
                if (block instanceof ModelBlock model) {
                    models.add(new ModelInfo(model, models.size()));
                } else if (block instanceof EnumBlock enumBlock) {
                    enums.add(new EnumInfo(enumBlock));
                } else if (block instanceof CompositeTypeBlock type) {
                    compositeTypes.add(new CompositeTypeInfo(type));
                } else if (block instanceof DatasourceBlock datasource) {
                    datasources.add(datasource);
                } else if (block instanceof GeneratorBlock generator) {
                    generators.add(generator);
                }
            }
        }
    }

    Iterable<ModelInfo> modelsOnly() {
        return models.stream().filter(m -> !m.isView()).toList();
    }
}
