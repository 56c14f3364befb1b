package dev.shale.psl.ast;

import java.util.List;

/** The syntax tree of one schema file: every top-level item in source order, with accessors by kind. */
public record SchemaAst(List<TopItem> items) {

    public SchemaAst {
        items = List.copyOf(items);
    }

    /** Declarations with a body, in source order. */
    public List<Block> blocks() {
        return ofType(Block.class);
    }

    /** Models and views. */
    public List<ModelBlock> models() {
        return ofType(ModelBlock.class);
    }

    public List<EnumBlock> enums() {
        return ofType(EnumBlock.class);
    }

    public List<CompositeTypeBlock> compositeTypes() {
        return ofType(CompositeTypeBlock.class);
    }

    public List<DatasourceBlock> datasources() {
        return ofType(DatasourceBlock.class);
    }

    public List<GeneratorBlock> generators() {
        return ofType(GeneratorBlock.class);
    }

    private <T> List<T> ofType(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
