package dev.shale.psl.validate;

import dev.shale.datamodel.Arity;
import dev.shale.datamodel.CompositeType;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.Datasource;
import dev.shale.datamodel.DefaultValue;
import dev.shale.datamodel.EmbeddedManyToManyRelation;
import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.EnumValue;
import dev.shale.datamodel.Field;
import dev.shale.datamodel.FieldDefault;
import dev.shale.datamodel.FieldType;
import dev.shale.datamodel.Generator;
import dev.shale.datamodel.ImplicitManyToManyRelation;
import dev.shale.datamodel.Index;
import dev.shale.datamodel.IndexField;
import dev.shale.datamodel.InlineRelation;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.ModelKind;
import dev.shale.datamodel.NativeType;
import dev.shale.datamodel.OperatorClass;
import dev.shale.datamodel.PostgresExtension;
import dev.shale.datamodel.PrimaryKey;
import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.Relation;
import dev.shale.datamodel.RelationCardinality;
import dev.shale.datamodel.RelationField;
import dev.shale.datamodel.ScalarField;
import dev.shale.datamodel.ScalarType;
import dev.shale.datamodel.SourceSpan;
import dev.shale.psl.Span;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.NumericLiteral;
import dev.shale.psl.ast.StringLiteral;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Turns a schema that validated without errors into the immutable {@link Datamodel}. */
final class DatamodelLowering {
    private final PipelineContext ctx;
    private final List<GeneratorConfig> generators;
    private final Names names;

    DatamodelLowering(PipelineContext ctx, Names names, List<GeneratorConfig> generators) {
        this.ctx = ctx;
        this.generators = generators;
        this.names = names;
    }

    Datamodel lower() {
        List<Model> models = new ArrayList<>();
        List<Model> views = new ArrayList<>();
        for (ModelInfo model : ctx.db.models) {
            (model.isView() ? views : models).add(model(model));
        }
        List<EnumType> enums = new ArrayList<>();
        for (EnumInfo info : ctx.db.enums) {
            enums.add(enumType(info));
        }
        List<CompositeType> composites = new ArrayList<>();
        for (CompositeTypeInfo type : ctx.db.compositeTypes) {
            List<ScalarField> fields = new ArrayList<>();
            type.fields.forEach(f -> fields.add(scalarField(f, false, false)));
            composites.add(new CompositeType(type.name(), fields, type.ast.documentation(), span(type.ast.span())));
        }
        List<Relation> relations = new ArrayList<>();
        for (RelationInfo relation : ctx.db.relations) {
            Relation lowered = relation(relation);
            if (lowered != null) {
                relations.add(lowered);
            }
        }
        List<Generator> lowGenerators = new ArrayList<>();
        for (GeneratorConfig generator : generators) {
            lowGenerators.add(new Generator(generator.block().name().name(), generator.provider(),
                    Optional.ofNullable(generator.output()), generator.previewFeatures(), List.of(), generator.config(),
                    generator.block().documentation(), span(generator.block().span())));
        }
        return new Datamodel(Optional.ofNullable(datasource()), lowGenerators, models, views, enums, composites, relations);
    }

    static SourceSpan span(Span span) {
        return SourceSpan.of(span.file(), span.start(), span.end(), span.source()); // lines and columns when asked
    }

    private Datasource datasource() {
        DatasourceConfig ds = ctx.datasource;
        if (ds == null) {
            return null;
        }
        List<PostgresExtension> extensions = new ArrayList<>();
        for (DatasourceConfig.Extension extension : ds.extensions()) {
            extensions.add(new PostgresExtension(extension.name(), Optional.ofNullable(extension.map()),
                    Optional.ofNullable(extension.schema()), Optional.ofNullable(extension.version()), span(extension.span())));
        }
        List<String> schemas = new ArrayList<>();
        ds.schemas().forEach(s -> schemas.add(s.name()));
        return new Datasource(ds.name(), ds.providerAsWritten(), ds.provider(), Optional.ofNullable(ds.url()),
                Optional.ofNullable(ds.directUrl()), Optional.ofNullable(ds.shadowDatabaseUrl()), ctx.relationMode,
                ds.relationMode() != null, extensions, schemas, ds.block().documentation(), span(ds.block().span()));
    }

    private Model model(ModelInfo model) {
        List<Field> fields = new ArrayList<>();
        for (FieldInfo field : model.fields) {
            if (field instanceof ScalarFieldInfo scalar) {
                fields.add(scalarField(scalar, scalar.updatedAt, scalar.ignored));
            } else {
                fields.add(relationField((RelationFieldInfo) field));
            }
        }
        Optional<PrimaryKey> primaryKey = Optional.empty();
        PrimaryKeyInfo pk = model.primaryKey;
        if (pk != null && !pk.fields.isEmpty()) {
            primaryKey = Optional.of(new PrimaryKey(indexFields(pk.fields), Optional.ofNullable(pk.name),
                    Optional.ofNullable(pk.mappedName), Optional.ofNullable(names.primaryKeyName(model)),
                    Optional.ofNullable(pk.clustered), pk.definedOnField(), span(pk.attribute.span())));
        }
        List<Index> indexes = new ArrayList<>();
        for (IndexInfo index : model.indexes) {
            if (index.fields.isEmpty()) {
                continue;
            }
            indexes.add(new Index(index.kind, indexFields(index.fields), Optional.ofNullable(index.name),
                    Optional.ofNullable(index.mappedName), names.indexName(index), Optional.ofNullable(index.algorithm),
                    Optional.ofNullable(index.clustered), Optional.ofNullable(index.where), index.definedOnField(),
                    span(index.attribute.span())));
        }
        return new Model(model.isView() ? ModelKind.VIEW : ModelKind.MODEL, model.name(), model.dbName(),
                Optional.ofNullable(model.schema), fields, primaryKey, indexes, model.ignored, model.ast.documentation(),
                span(model.ast.span()));
    }

    private static List<IndexField> indexFields(List<IndexFieldInfo> fields) {
        List<IndexField> out = new ArrayList<>();
        for (IndexFieldInfo field : fields) {
            List<String> path = new ArrayList<>();
            List<String> dbPath = new ArrayList<>();
            path.add(field.root().name());
            dbPath.add(field.root().dbName());
            for (CompositeFieldInfo step : field.path()) {
                path.add(step.name());
                dbPath.add(step.dbName());
            }
            out.add(new IndexField(path, dbPath, Optional.ofNullable(field.sort()),
                    field.length() == null ? OptionalInt.empty() : OptionalInt.of(field.length()),
                    field.operatorClass() == null ? Optional.empty()
                            : Optional.of(new OperatorClass(field.operatorClass(), field.rawOperatorClass()))));
        }
        return out;
    }

    private static Arity arity(dev.shale.psl.ast.Arity arity) {
        return switch (arity) {
            case REQUIRED -> Arity.REQUIRED;
            case OPTIONAL -> Arity.OPTIONAL;
            case LIST -> Arity.LIST;
        };
    }

    private ScalarField scalarField(TypedField field, boolean updatedAt, boolean ignored) {
        FieldType type = fieldType(field.type());
        Optional<NativeType> nativeType = Optional.ofNullable(field.nativeType())
                .map(ref -> new NativeType(ref.name(), ref.arguments()));
        Optional<FieldDefault> defaultValue = Optional.empty();
        DefaultInfo info = field.defaultValue();
        if (info != null) {
            DefaultValue value = defaultValue(info.value(), field.type());
            if (value != null) {
                defaultValue = Optional.of(new FieldDefault(value, Optional.ofNullable(info.mappedName()),
                        span(info.attribute().span())));
            }
        }
        return new ScalarField(field.name(), field.dbName(), type, arity(field.arity()), nativeType, defaultValue, updatedAt,
                ignored, field.ast().documentation(), span(field.ast().span()));
    }

    private static FieldType fieldType(TypeRef type) {
        if (type instanceof TypeRef.Builtin builtin) {
            return builtin.type();
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return new FieldType.EnumRef(enumType.info().name());
        }
        if (type instanceof TypeRef.Composite composite) {
            return new FieldType.CompositeRef(composite.info().name());
        }
        return new FieldType.Unsupported(((TypeRef.Unsupported) type).dbType());
    }

    private static DefaultValue defaultValue(Expression value, TypeRef type) {
        if (value instanceof FunctionCall call) {
            return function(call);
        }
        return literal(value, type);
    }

    private static DefaultValue function(FunctionCall call) {
        var args = call.arguments().arguments();
        Optional<Expression> first = args.isEmpty() ? Optional.empty() : args.get(0).value();
        switch (call.name().name()) {
            case "autoincrement":
                return new DefaultValue.Autoincrement();
            case "now":
                return new DefaultValue.Now();
            case "ulid":
                return new DefaultValue.Ulid();
            case "auto":
                return new DefaultValue.Auto();
            case "uuid":
                return new DefaultValue.Uuid(first.map(e -> (int) (long) Expressions.integerOpt(e).orElse(4L)).orElse(4));
            case "cuid":
                return new DefaultValue.Cuid(first.map(e -> (int) (long) Expressions.integerOpt(e).orElse(1L)).orElse(1));
            case "nanoid":
                return new DefaultValue.Nanoid(first.map(e -> OptionalInt.of((int) (long) Expressions.integerOpt(e).orElse(21L)))
                        .orElse(OptionalInt.empty()));
            case "dbgenerated":
                return new DefaultValue.DbGenerated(first.filter(StringLiteral.class::isInstance).map(e -> ((StringLiteral) e).value()));
            case "sequence":
                return sequence(call);
            default:
                return null;
        }
    }

    private static DefaultValue sequence(FunctionCall call) {
        boolean virtual = false;
        OptionalLong cache = OptionalLong.empty();
        OptionalLong increment = OptionalLong.empty();
        OptionalLong minValue = OptionalLong.empty();
        OptionalLong maxValue = OptionalLong.empty();
        OptionalLong start = OptionalLong.empty();
        for (var argument : call.arguments().arguments()) {
            Expression value = argument.value().get();
            String name = argument.name().map(n -> n.name()).orElse("");
            OptionalLong number = Expressions.integerOpt(value).map(OptionalLong::of).orElse(OptionalLong.empty());
            switch (name) {
                case "virtual" -> virtual = value instanceof ConstantValue c && c.name().equals("true");
                case "cache" -> cache = number;
                case "increment" -> increment = number;
                case "minValue" -> minValue = number;
                case "maxValue" -> maxValue = number;
                case "start" -> start = number;
                default -> {
                }
            }
        }
        return new DefaultValue.Sequence(virtual, cache, increment, minValue, maxValue, start);
    }

    private static DefaultValue.Literal literal(Expression value, TypeRef type) {
        if (value instanceof ArrayExpression array) {
            List<DefaultValue.Literal> items = new ArrayList<>();
            for (Expression element : array.elements()) {
                DefaultValue.Literal item = literal(element, type);
                if (item != null) {
                    items.add(item);
                }
            }
            return new DefaultValue.ListValue(items);
        }
        if (type instanceof TypeRef.EnumType && value instanceof ConstantValue constant) {
            return new DefaultValue.EnumValueRef(constant.name());
        }
        ScalarType scalar = type.builtin();
        if (scalar == null) {
            return null;
        }
        if (value instanceof StringLiteral string) {
            return switch (scalar) {
                case JSON -> new DefaultValue.JsonValue(string.value());
                case BYTES -> new DefaultValue.BytesValue(string.value());
                case DATE_TIME -> new DefaultValue.DateTimeValue(string.value());
                case DECIMAL -> new DefaultValue.FloatValue(new BigDecimal(string.value()));
                default -> new DefaultValue.StringValue(string.value());
            };
        }
        if (value instanceof NumericLiteral number) {
            if (scalar == ScalarType.INT || scalar == ScalarType.BIG_INT) {
                return new DefaultValue.IntValue(Expressions.parseLong(number.text()).orElse(0L));
            }
            return new DefaultValue.FloatValue(new BigDecimal(number.text()));
        }
        if (value instanceof ConstantValue constant && scalar == ScalarType.BOOLEAN) {
            return new DefaultValue.BooleanValue(constant.name().equals("true"));
        }
        return null;
    }

    private RelationField relationField(RelationFieldInfo field) {
        List<String> fields = new ArrayList<>();
        if (field.fields != null) {
            field.fields.forEach(f -> fields.add(f.name()));
        }
        List<String> references = new ArrayList<>();
        if (field.references != null) {
            field.references.forEach(f -> references.add(f.name()));
        }
        String relationName = field.relation != null ? field.relation.name() : field.relationName();
        return new RelationField(field.name(), field.related.name(), arity(field.arity()), relationName,
                field.explicitName != null, fields, references, Optional.ofNullable(field.onDelete),
                Optional.ofNullable(field.onUpdate), Optional.ofNullable(field.mappedName), field.ignored,
                field.ast.documentation(), span(field.ast.span()));
    }

    private Relation relation(RelationInfo relation) {
        switch (relation.kind) {
            case IMPLICIT_MANY_TO_MANY:
                return new ImplicitManyToManyRelation(relation.name(), relation.modelA.name(), relation.fieldA.name(),
                        relation.modelB.name(), relation.fieldB.name());
            case EMBEDDED_MANY_TO_MANY:
                return new EmbeddedManyToManyRelation(relation.name(), relation.modelA.name(), relation.fieldA.name(),
                        relation.modelB.name(), relation.fieldB.name());
            default:
                break;
        }
        RelationFieldInfo forward = relation.forward();
        if (forward == null || forward.fields == null || forward.references == null
                || forward.fields.size() != forward.references.size()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        forward.fields.forEach(f -> fields.add(f.name()));
        List<String> references = new ArrayList<>();
        forward.references.forEach(f -> references.add(f.name()));
        CascadeChecks defaults = new CascadeChecks(ctx);
        ReferentialAction onDelete = defaults.onDelete(relation);
        ReferentialAction onUpdate = CascadeChecks.onUpdate(relation);
        return new InlineRelation(relation.name(),
                relation.kind == RelationInfo.Kind.ONE_TO_ONE ? RelationCardinality.ONE_TO_ONE : RelationCardinality.ONE_TO_MANY,
                relation.modelA.name(), forward.name(), relation.modelB.name(),
                Optional.ofNullable(relation.back()).map(RelationFieldInfo::name), fields, references, onDelete, onUpdate,
                forward.onDelete != null, forward.onUpdate != null, Optional.ofNullable(forward.mappedName),
                names.foreignKeyName(relation), relation.isIgnored());
    }

    private EnumType enumType(EnumInfo info) {
        List<EnumValue> values = new ArrayList<>();
        var astValues = info.ast.values();
        for (int i = 0; i < astValues.size(); i++) {
            var value = astValues.get(i);
            String mapped = info.mappedValues.get(i);
            values.add(new EnumValue(value.name().name(), mapped != null ? mapped : value.name().name(), value.documentation(),
                    span(value.span())));
        }
        return new EnumType(info.name(), info.dbName(), Optional.ofNullable(info.schema), values, info.ast.documentation(),
                span(info.ast.span()));
    }
}
