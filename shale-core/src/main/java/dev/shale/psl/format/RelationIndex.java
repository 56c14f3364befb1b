package dev.shale.psl.format;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.ModelBlock;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the formatter's relation fix-ups need to know about a schema: its models and views with
 * their scalar fields, relation fields, primary key and unique constraints, resolved by name.
 * Building it fails (returns empty) when the schema has the kind of error that stops Prisma
 * from adding relation fields: a type that does not resolve, a duplicate name, a field list
 * naming a field that does not exist.
 */
final class RelationIndex {
    static final Set<String> SCALAR_TYPES =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    /** A model or view: the file it is in, its block, its fields by kind. */
    record Model(int file, ModelBlock block, List<Field> scalarFields, List<RelationField> relationFields,
            Optional<List<String>> primaryKey, List<List<String>> uniques) {
        String name() {
            return block.name().name();
        }

        Optional<Field> scalarField(String fieldName) {
            return scalarFields.stream().filter(f -> f.name().name().equals(fieldName)).findFirst();
        }

        boolean ignored() {
            return block.attributes().stream().anyMatch(a -> a.name().name().equals("ignore"));
        }

        /** The primary key, then the unique constraints ({@code @unique} on fields first, then {@code @@unique}). */
        List<List<String>> uniqueCriteria() {
            List<List<String>> criteria = new ArrayList<>();
            primaryKey.ifPresent(criteria::add);
            criteria.addAll(uniques);
            return criteria;
        }
    }

    /** A field whose type is a model: the relation name and the {@code fields}/{@code references} of its {@code @relation}. */
    record RelationField(Model model, Field field, String referencedModel, Optional<String> relationName,
            Optional<List<String>> fields, Optional<List<String>> references, Optional<Attribute> relationAttribute) {
        Arity arity() {
            return field.arity();
        }

        String name() {
            return field.name().name();
        }
    }

    final List<Model> models;
    final Map<String, Model> byName;
    final Optional<String> datasourceName;

    private RelationIndex(List<Model> models, Map<String, Model> byName, Optional<String> datasourceName) {
        this.models = models;
        this.byName = byName;
        this.datasourceName = datasourceName;
    }

    static Optional<RelationIndex> build(ParsedSchema schema) {
        Set<String> modelNames = new HashSet<>();
        Set<String> otherTypes = new HashSet<>();
        Set<String> allNames = new HashSet<>();
        Optional<String> datasource = Optional.empty();
        for (ParsedFile file : schema.files()) {
            for (Block block : file.ast().blocks()) {
                switch (block.keyword()) {
                    case "model", "view" -> modelNames.add(block.name().name());
                    case "enum", "type" -> otherTypes.add(block.name().name());
                    case "datasource" -> datasource = datasource.or(() -> Optional.of(block.name().name()));
                    default -> { }
                }
                if (!block.keyword().equals("datasource") && !block.keyword().equals("generator") && !allNames.add(block.name().name())) {
                    return Optional.empty(); // duplicate name
                }
            }
        }
        List<Model> models = new ArrayList<>();
        Map<String, Model> byName = new LinkedHashMap<>();
        for (int fileIndex = 0; fileIndex < schema.files().size(); fileIndex++) {
            for (ModelBlock block : schema.files().get(fileIndex).ast().models()) {
                Model model = model(fileIndex, block, modelNames, otherTypes);
                if (model == null) {
                    return Optional.empty();
                }
                models.add(model);
                byName.put(model.name(), model);
            }
        }
        for (Model model : models) {
            for (RelationField rf : model.relationFields()) {
                Model target = byName.get(rf.referencedModel());
                if (!allExist(rf.fields(), model) || !allExist(rf.references(), target)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new RelationIndex(models, byName, datasource));
    }

    private static boolean allExist(Optional<List<String>> names, Model model) {
        return names.map(list -> list.stream().allMatch(n -> model.scalarField(n).isPresent())).orElse(true);
    }

    private static Model model(int file, ModelBlock block, Set<String> modelNames, Set<String> otherTypes) {
        List<Field> scalars = new ArrayList<>();
        List<Field> relations = new ArrayList<>();
        Set<String> fieldNames = new HashSet<>();
        for (Field field : block.fields()) {
            if (!fieldNames.add(field.name().name())) {
                return null;
            }
            String type = field.fieldType().name();
            if (field.fieldType().unsupported() || SCALAR_TYPES.contains(type) || otherTypes.contains(type)) {
                scalars.add(field);
            } else if (modelNames.contains(type)) {
                relations.add(field);
            } else {
                return null; // unknown type
            }
        }
        Optional<List<String>> primaryKey = Optional.empty();
        List<List<String>> uniques = new ArrayList<>();
        for (Field field : scalars) {
            for (Attribute attribute : field.attributes()) {
                if (attribute.name().name().equals("id") && primaryKey.isEmpty()) {
                    primaryKey = Optional.of(List.of(field.name().name()));
                } else if (attribute.name().name().equals("unique")) {
                    uniques.add(List.of(field.name().name()));
                }
            }
        }
        for (Attribute attribute : block.attributes()) {
            String name = attribute.name().name();
            if (name.equals("id") || name.equals("unique")) {
                Optional<List<String>> fields = attribute.arguments().named("fields")
                        .or(() -> attribute.arguments().positional(0)).flatMap(RelationIndex::names);
                if (fields.isEmpty() || !fields.get().stream().allMatch(fieldNames::contains)) {
                    return null;
                }
                if (name.equals("id")) {
                    primaryKey = primaryKey.or(() -> fields);
                } else {
                    uniques.add(fields.get());
                }
            }
        }
        Model model = new Model(file, block, List.copyOf(scalars), new ArrayList<>(), primaryKey, List.copyOf(uniques));
        for (Field field : relations) {
            Optional<Attribute> relation = field.attribute("relation");
            Optional<String> relationName = relation.flatMap(a -> a.arguments().named("name").or(() -> a.arguments().positional(0)))
                    .filter(StringLiteral.class::isInstance).map(e -> ((StringLiteral) e).value());
            Optional<List<String>> fields = relation.flatMap(a -> a.arguments().named("fields")).flatMap(RelationIndex::names);
            Optional<List<String>> references = relation.flatMap(a -> a.arguments().named("references")).flatMap(RelationIndex::names);
            model.relationFields().add(new RelationField(model, field, field.fieldType().name(), relationName, fields, references, relation));
        }
        return model;
    }

    /** The field names of a list like {@code [a, b(sort: Desc)]}. */
    private static Optional<List<String>> names(Expression expression) {
        List<Expression> elements = expression instanceof ArrayExpression array ? array.elements() : List.of(expression);
        List<String> names = new ArrayList<>();
        for (Expression element : elements) {
            if (element instanceof ConstantValue constant) {
                names.add(constant.name());
            } else if (element instanceof FunctionCall call) {
                names.add(call.name().name());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(names);
    }

    /** The {@code @<datasource>.Type(...)} attribute of a field, as written. */
    Optional<Attribute> nativeType(Field field) {
        if (datasourceName.isEmpty()) {
            return Optional.empty();
        }
        String prefix = datasourceName.get() + ".";
        return field.attributes().stream().filter(a -> a.name().name().startsWith(prefix)).findFirst();
    }

}
