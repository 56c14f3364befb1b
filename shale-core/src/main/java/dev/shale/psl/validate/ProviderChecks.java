package dev.shale.psl.validate;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.ReferentialAction;
import dev.shale.datamodel.RelationMode;
import dev.shale.datamodel.ScalarType;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.validate.connector.NativeTypeInstance;
import java.util.List;
import java.util.Set;

/** The checks only one provider makes, dispatched from the model, relation field and datasource checks. */
final class ProviderChecks {
    private static final String LENGTH_GUIDE = " Please use the `length` argument to the field in the index definition to allow this.";
    private static final Set<String> MYSQL_KEYLESS = Set.of("Text", "LongText", "MediumText", "TinyText", "Blob", "TinyBlob",
            "MediumBlob", "LongBlob");
    private static final Set<String> SQLSERVER_HEAP = Set.of("Text", "NText", "Image", "Xml");

    private ProviderChecks() {
    }

    static void model(PipelineContext ctx, ModelInfo model) {
        Provider provider = ctx.connector.provider();
        if (provider == null) {
            return;
        }
        if (model.isView()) {
            // Views get only the provider's view checks (MongoDB field names).
            if (provider == Provider.MONGODB) {
                model.scalarFields.forEach(f -> MongoChecks.fieldNameCharacters(ctx, f));
            }
            return;
        }
        switch (provider) {
            case POSTGRESQL -> {
                for (IndexInfo index : model.indexes) {
                    postgresXml(ctx, index);
                    PostgresIndexChecks.check(ctx, index);
                    if (index.algorithm == IndexAlgorithm.SPGIST && index.fields.size() != 1) {
                        ctx.diagnostics.attributeError("SpGist does not support multi-column indices.", index.attributeName(),
                                index.attribute.span());
                    }
                }
            }
            case COCKROACHDB -> {
                for (ScalarFieldInfo field : model.scalarFields) {
                    if (field.defaultValue != null && field.defaultValue.isFunction("autoincrement") && field.type.is(ScalarType.INT)) {
                        ctx.diagnostics.attributeError("The `autoincrement()` default function is defined only on BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.",
                                "default", field.defaultValue.attribute().span());
                    }
                }
                for (IndexInfo index : model.indexes) {
                    cockroachGin(ctx, index);
                }
            }
            case MYSQL -> {
                for (IndexInfo index : model.indexes) {
                    mysqlIndexTypes(ctx, index);
                }
                if (model.primaryKey != null) {
                    mysqlPrimaryKeyTypes(ctx, model.primaryKey);
                }
                if (ctx.relationMode == RelationMode.FOREIGN_KEYS) {
                    for (RelationFieldInfo field : model.relationFields) {
                        mysqlSetDefault(ctx, field);
                    }
                }
            }
            case SQLSERVER -> {
                for (IndexInfo index : model.indexes) {
                    sqlServerIndexTypes(ctx, index);
                }
                if (model.primaryKey != null) {
                    sqlServerPrimaryKeyTypes(ctx, model.primaryKey);
                }
            }
            case MONGODB -> {
                MongoChecks.model(ctx, model);
            }
            default -> {
            }
        }
    }

    static void relationField(PipelineContext ctx, RelationFieldInfo field) {
        if (ctx.connector.is(Provider.MONGODB)) {
            MongoChecks.sameNativeType(ctx, field);
        }
    }

    private static void postgresXml(PipelineContext ctx, IndexInfo index) {
        for (IndexFieldInfo field : index.fields) {
            NativeTypeInstance type = NativeTypeChecks.instance(ctx, field.field());
            if (type != null && type.name().equals("Xml")) {
                Span span = field.field().ast().span();
                if (index.isUnique()) {
                    ctx.diagnostics.error("Native type `Xml` cannot be unique in Postgres.", span);
                } else {
                    ctx.diagnostics.error("You cannot define an index on fields with native type `Xml` of Postgres.", span);
                }
                break;
            }
        }
    }

    private static void cockroachGin(PipelineContext ctx, IndexInfo index) {
        if (index.algorithm != IndexAlgorithm.GIN) {
            return;
        }
        int count = index.fields.size();
        for (int i = 0; i < count; i++) {
            IndexFieldInfo field = index.fields.get(i);
            if (field.operatorClass() != null) {
                ctx.diagnostics.attributeError("Custom operator classes are not supported with the current connector.",
                        index.attributeName(), index.attribute.span());
                return;
            }
            TypeRef type = field.field().type();
            boolean supported = type.isUnsupported() || type.is(ScalarType.JSON) || field.field().arity() == dev.shale.psl.ast.Arity.LIST;
            if (!supported) {
                ctx.diagnostics.attributeError("The Gin index type does not support the type of the field `" + field.name() + "`.",
                        index.attributeName(), index.attribute.span());
            }
            if (type.is(ScalarType.JSON) && i < count - 1) {
                ctx.diagnostics.attributeError("A `Json` column is only allowed as the last column of an inverted index.",
                        index.attributeName(), index.attribute.span());
            }
        }
    }

    private static void mysqlIndexTypes(PipelineContext ctx, IndexInfo index) {
        for (IndexFieldInfo field : index.fields) {
            NativeTypeInstance type = NativeTypeChecks.instance(ctx, field.field());
            if (type == null || !MYSQL_KEYLESS.contains(type.name()) || field.length() != null || index.isFulltext()) {
                continue;
            }
            if (index.isUnique()) {
                ctx.diagnostics.error("Native type `" + type.render() + "` cannot be unique in MySQL." + LENGTH_GUIDE, index.attribute.span());
            } else {
                ctx.diagnostics.error("You cannot define an index on fields with native type `" + type.render() + "` of MySQL."
                        + LENGTH_GUIDE, index.attribute.span());
            }
            break;
        }
    }

    private static void mysqlPrimaryKeyTypes(PipelineContext ctx, PrimaryKeyInfo pk) {
        for (IndexFieldInfo field : pk.fields) {
            NativeTypeInstance type = NativeTypeChecks.instance(ctx, field.field());
            if (type == null || !MYSQL_KEYLESS.contains(type.name()) || field.length() != null) {
                continue;
            }
            ctx.diagnostics.error("Native type `" + type.render() + "` of MySQL cannot be used on a field that is `@id` or `@@id`."
                    + LENGTH_GUIDE, pk.attribute.span());
            break;
        }
    }

    private static void mysqlSetDefault(PipelineContext ctx, RelationFieldInfo field) {
        String message = "MySQL does not actually support the `SetDefault` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ";
        if (field.onDelete == ReferentialAction.SET_DEFAULT) {
            ctx.diagnostics.warning(message, argumentSpan(field, "onDelete"));
        }
        if (field.onUpdate == ReferentialAction.SET_DEFAULT) {
            ctx.diagnostics.warning(message, argumentSpan(field, "onUpdate"));
        }
    }

    private static Span argumentSpan(RelationFieldInfo field, String argument) {
        return field.relationAttribute == null ? field.ast.span()
                : AttributeVisitor.argumentSpan(field.relationAttribute, argument).orElse(field.ast.span());
    }

    private static boolean heapAllocated(NativeTypeInstance type) {
        return SQLSERVER_HEAP.contains(type.name())
                || (type.max() && (type.name().equals("VarBinary") || type.name().equals("VarChar") || type.name().equals("NVarChar")));
    }

    private static void sqlServerIndexTypes(PipelineContext ctx, IndexInfo index) {
        for (IndexFieldInfo field : index.fields) {
            NativeTypeInstance type = NativeTypeChecks.instance(ctx, field.field());
            if (type == null || !heapAllocated(type)) {
                continue;
            }
            if (index.isUnique()) {
                ctx.diagnostics.error("Native type `" + type.render() + "` cannot be unique in SQL Server.", index.attribute.span());
            } else {
                ctx.diagnostics.error("You cannot define an index on fields with native type `" + type.render() + "` of SQL Server.",
                        index.attribute.span());
            }
            break;
        }
    }

    private static void sqlServerPrimaryKeyTypes(PipelineContext ctx, PrimaryKeyInfo pk) {
        for (IndexFieldInfo field : pk.fields) {
            NativeTypeInstance type = NativeTypeChecks.instance(ctx, field.field());
            if (type != null && heapAllocated(type)) {
                ctx.diagnostics.error("Native type `" + type.render() + "` of SQL Server cannot be used on a field that is `@id` or `@@id`.",
                        pk.attribute.span());
                break;
            }
            if (field.field().type().is(ScalarType.BYTES)) {
                ctx.diagnostics.error("Invalid model: Using Bytes type is not allowed in the model's id.", pk.attribute.span());
                break;
            }
        }
    }

    /** CockroachDB's {@code sequence(...)} default; any other unknown function is an error everywhere. */
    static void unknownDefaultFunctions(PipelineContext ctx, List<ScalarFieldInfo> fields) {
        for (ScalarFieldInfo field : fields) {
            if (field.defaultValue == null || !(field.defaultValue.value() instanceof FunctionCall call)) {
                continue;
            }
            if (ctx.connector.is(Provider.COCKROACHDB) && call.name().name().equals("sequence")) {
                for (Argument argument : call.arguments().arguments()) {
                    String name = argument.name().map(n -> n.name()).orElse("");
                    switch (name) {
                        case "virtual" -> Expressions.bool(argument.value().get(), ctx.diagnostics);
                        case "cache", "increment", "minValue", "maxValue", "start" ->
                            Expressions.integer(argument.value().get(), ctx.diagnostics);
                        default -> ctx.diagnostics.error("Unexpected argument in `sequence()` function call", argument.span());
                    }
                }
                continue;
            }
            ctx.diagnostics.error("Unknown function in @default(): `" + call.name().name()
                    + "` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions",
                    call.span());
        }
    }
}
