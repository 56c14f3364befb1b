package dev.shale.datamodel;

import dev.shale.ShaleException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated schema: datasource, generators, models, views, enums, composite types and the
 * resolved relations, each list in schema order (files in the order they were given).
 *
 * <p>This is a final class rather than a record because it keeps name indexes, so that lookups
 * stay constant-time on schemas with tens of thousands of models. It is immutable.
 */
public final class Datamodel {

    private final Optional<Datasource> datasource;
    private final List<Generator> generators;
    private final List<Model> models;
    private final List<Model> views;
    private final List<EnumType> enums;
    private final List<CompositeType> compositeTypes;
    private final List<Relation> relations;
    private final Map<String, Model> modelsByName = new HashMap<>();
    private final Map<String, EnumType> enumsByName = new HashMap<>();
    private final Map<String, CompositeType> compositeTypesByName = new HashMap<>();

    public Datamodel(Optional<Datasource> datasource, List<Generator> generators, List<Model> models, List<Model> views,
            List<EnumType> enums, List<CompositeType> compositeTypes, List<Relation> relations) {
        this.datasource = Objects.requireNonNull(datasource, "datasource");
        this.generators = List.copyOf(generators);
        this.models = List.copyOf(models);
        this.views = List.copyOf(views);
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.relations = List.copyOf(relations);
        for (Model model : this.models) {
            if (model.isView()) {
                throw new IllegalArgumentException(model.name() + " is a view, not a model");
            }
            index(modelsByName, model.name(), model);
        }
        for (Model view : this.views) {
            if (!view.isView()) {
                throw new IllegalArgumentException(view.name() + " is a model, not a view");
            }
            index(modelsByName, view.name(), view);
        }
        for (EnumType enumType : this.enums) {
            index(enumsByName, enumType.name(), enumType);
        }
        for (CompositeType type : this.compositeTypes) {
            index(compositeTypesByName, type.name(), type);
        }
    }

    private static <T> void index(Map<String, T> map, String name, T item) {
        if (map.put(name, item) != null) {
            throw new IllegalArgumentException("duplicate name " + name);
        }
    }

    public Optional<Datasource> datasource() {
        return datasource;
    }

    /**
     * The datasource's provider. A schema without a datasource block validates (as in Prisma),
     * but nothing can be migrated from it, so this is a usage error.
     */
    public Provider provider() {
        return datasource.map(Datasource::provider).orElseThrow(() -> ShaleException.usage(
                "The schema has no datasource block. Add one, e.g. datasource db { provider = \"postgresql\" }."));
    }

    /** The effective relation mode: the datasource's, else foreign keys. */
    public RelationMode relationMode() {
        return datasource.map(Datasource::relationMode).orElse(RelationMode.FOREIGN_KEYS);
    }

    public List<Generator> generators() {
        return generators;
    }

    /** The {@code model} blocks (tables or collections), without views. */
    public List<Model> models() {
        return models;
    }

    /** The {@code view} blocks. */
    public List<Model> views() {
        return views;
    }

    public List<EnumType> enums() {
        return enums;
    }

    public List<CompositeType> compositeTypes() {
        return compositeTypes;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The model or view named {@code name}. */
    public Optional<Model> findModel(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    /** The model or view named {@code name}; it must exist. */
    public Model model(String name) {
        Model model = modelsByName.get(name);
        if (model == null) {
            throw new IllegalArgumentException("no model or view " + name);
        }
        return model;
    }

    public Optional<EnumType> findEnum(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    public Optional<CompositeType> findCompositeType(String name) {
        return Optional.ofNullable(compositeTypesByName.get(name));
    }

    /** Whether any generator enables {@code feature} (case-insensitive, as Prisma reads them). */
    public boolean hasPreviewFeature(String feature) {
        return generators.stream().anyMatch(g -> g.hasPreviewFeature(feature));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Datamodel that
                && datasource.equals(that.datasource)
                && generators.equals(that.generators)
                && models.equals(that.models)
                && views.equals(that.views)
                && enums.equals(that.enums)
                && compositeTypes.equals(that.compositeTypes)
                && relations.equals(that.relations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(datasource, generators, models, views, enums, compositeTypes, relations);
    }

    @Override
    public String toString() {
        return "Datamodel[" + models.size() + " models, " + views.size() + " views, " + enums.size() + " enums, "
                + relations.size() + " relations]";
    }
}
