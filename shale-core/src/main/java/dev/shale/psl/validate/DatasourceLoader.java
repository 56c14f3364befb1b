package dev.shale.psl.validate;

import dev.shale.datamodel.ConfigValue;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.RelationMode;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Argument;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.FunctionCall;
import dev.shale.psl.ast.Property;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the {@code datasource} block: provider, {@code url}, {@code directUrl},
 * {@code shadowDatabaseUrl}, {@code relationMode}, {@code extensions} (PostgreSQL) and
 * {@code schemas}. Unlike Prisma 7, Shale keeps reading the URLs from the schema (Prisma 6 projects
 * have them there), and like Prisma 7 it does not require {@code url}.
 */
final class DatasourceLoader {
    private final Diagnostics diagnostics;

    DatasourceLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<DatasourceConfig> load(List<DatasourceBlock> blocks) {
        List<DatasourceConfig> out = new ArrayList<>();
        for (DatasourceBlock block : blocks) {
            DatasourceConfig config = lift(block);
            if (config != null) {
                out.add(config);
            }
        }
        if (out.size() > 1) {
            for (DatasourceBlock block : blocks) {
                sourceError("You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
                        block.name().name(), block.span());
            }
        }
        return out;
    }

    private void sourceError(String message, String source, Span span) {
        diagnostics.error("Error validating datasource `" + source + "`: " + message, span);
    }

    private DatasourceConfig lift(DatasourceBlock block) {
        String name = block.name().name();
        Map<String, Property> args = new LinkedHashMap<>();
        boolean missingValue = false;
        for (Property property : block.properties()) {
            if (property.value().isEmpty()) {
                diagnostics.error("Property " + property.name().name() + " in datasource " + name + " needs to be assigned a value",
                        block.span());
                missingValue = true;
            } else {
                args.put(property.name().name(), property);
            }
        }
        if (missingValue) {
            return null;
        }
        Property providerProperty = args.remove("provider");
        if (providerProperty == null) {
            diagnostics.error("Argument \"provider\" is missing in data source block \"" + name + "\".", block.span());
            return null;
        }
        Expression providerValue = providerProperty.value().get();
        if (Expressions.isEnv(providerValue)) {
            diagnostics.error("A datasource must not use the env() function in the provider argument.", block.span());
            return null;
        }
        if (!(providerValue instanceof StringLiteral providerLiteral)) {
            sourceError("The provider argument in a datasource must be a string literal", name, providerValue.span());
            return null;
        }
        String written = providerLiteral.value();
        if (written.isEmpty()) {
            sourceError("The provider argument in a datasource must not be empty", name, providerValue.span());
            return null;
        }
        Optional<Provider> provider = Provider.fromSchema(written);
        if (provider.isEmpty()) {
            diagnostics.error("Datasource provider not known: \"" + written + "\".", providerValue.span());
            return null;
        }
        RelationMode relationMode = relationMode(args, block, provider.get());
        List<DatasourceConfig.Extension> extensions = List.of();
        Span extensionsSpan = null;
        if (provider.get() == Provider.POSTGRESQL && args.containsKey("extensions")) {
            Property property = args.remove("extensions");
            extensionsSpan = property.span();
            extensions = extensions(property.value().get());
        }
        ConfigValue url = null;
        Span urlSpan = null;
        Property urlProperty = args.remove("url");
        if (urlProperty != null) {
            url = EnvFunction.coerce(urlProperty.value().get(), diagnostics).orElse(null);
            if (url == null) {
                return null;
            }
            urlSpan = urlProperty.value().get().span();
        }
        ConfigValue shadow = null;
        Property shadowProperty = args.remove("shadowDatabaseUrl");
        if (shadowProperty != null) {
            shadow = EnvFunction.coerce(shadowProperty.value().get(), diagnostics).orElse(null);
            if (shadow instanceof ConfigValue.Literal literal && literal.value().isEmpty()) {
                shadow = null;
            }
        }
        ConfigValue direct = null;
        Span directSpan = null;
        Property directProperty = args.remove("directUrl");
        if (directProperty != null) {
            direct = EnvFunction.coerce(directProperty.value().get(), diagnostics).orElse(null);
            directSpan = directProperty.value().get().span();
        }
        if (shadow != null) {
            if (direct != null && shadow.equals(direct)) {
                diagnostics.error("shadowDatabaseUrl is the same as directUrl for datasource \"" + name
                        + "\". Please specify a different database as shadow database to avoid data loss.", directSpan);
            }
            if (shadow.equals(url)) {
                diagnostics.error("shadowDatabaseUrl is the same as url for datasource \"" + name
                        + "\". Please specify a different database as shadow database to avoid data loss.", urlSpan);
            }
        }
        Property preview = args.remove("previewFeatures");
        if (preview != null) {
            diagnostics.error("Preview features are only supported in the generator block. Please move this field to the generator block.",
                    preview.span());
        }
        List<DatasourceConfig.SchemaName> schemas = new ArrayList<>();
        Span schemasSpan = null;
        Property schemasProperty = args.remove("schemas");
        if (schemasProperty != null) {
            Expression value = schemasProperty.value().get();
            Optional<List<StringLiteral>> names = Expressions.array(value, DatasourceLoader::stringLiteral, diagnostics);
            boolean supported = dev.shale.psl.validate.connector.Connector.of(provider.get())
                    .has(dev.shale.psl.validate.connector.Capability.MULTI_SCHEMA);
            if (names.isPresent() && !supported) {
                diagnostics.error("The `schemas` property is not supported on the current connector.", value.span());
            } else if (names.isPresent()) {
                if (names.get().isEmpty()) {
                    diagnostics.error("If provided, the schemas array can not be empty.", value.span());
                } else {
                    List<StringLiteral> sorted = new ArrayList<>(names.get());
                    sorted.sort((x, y) -> x.value().compareTo(y.value()));
                    for (int i = 0; i + 1 < sorted.size(); i++) {
                        if (sorted.get(i).value().equals(sorted.get(i + 1).value())) {
                            diagnostics.error("Duplicated schema names are not allowed", sorted.get(i).span());
                        }
                    }
                    for (StringLiteral literal : sorted) {
                        schemas.add(new DatasourceConfig.SchemaName(literal.value(), literal.span()));
                    }
                    schemasSpan = value.span();
                }
            }
        }
        for (Property property : args.values()) {
            diagnostics.error("Property not known: \"" + property.name().name() + "\".", property.span());
        }
        return new DatasourceConfig(block, written, provider.get(), url, direct, shadow, relationMode, extensions,
                extensionsSpan, schemas, schemasSpan);
    }

    private static Optional<StringLiteral> stringLiteral(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof StringLiteral literal) {
            return Optional.of(literal);
        }
        Expressions.mismatch("string", expression, diagnostics);
        return Optional.empty();
    }

    private RelationMode relationMode(Map<String, Property> args, DatasourceBlock block, Provider provider) {
        Property integrity = args.get("referentialIntegrity");
        if (integrity != null) {
            diagnostics.warning("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode",
                    integrity.span());
        }
        Property mode = args.remove("relationMode");
        args.remove("referentialIntegrity");
        if (mode == null && integrity == null) {
            return null;
        }
        if (mode != null && integrity != null) {
            diagnostics.error("The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.",
                    integrity.span());
            return null;
        }
        Expression value = (mode != null ? mode : integrity).value().get();
        Optional<String> text = Expressions.string(value, diagnostics);
        if (text.isEmpty()) {
            return null;
        }
        RelationMode parsed;
        if (text.get().equals("prisma")) {
            parsed = RelationMode.PRISMA;
        } else if (text.get().equals("foreignKeys")) {
            parsed = RelationMode.FOREIGN_KEYS;
        } else {
            sourceError("Invalid relation mode setting: \"" + text.get() + "\". Supported values: \"prisma\", \"foreignKeys\"",
                    "relationMode", block.span());
            return null;
        }
        if (provider == Provider.MONGODB && parsed == RelationMode.FOREIGN_KEYS) {
            sourceError("Invalid relation mode setting: \"foreignKeys\". Supported values: \"prisma\"", "relationMode",
                    value.span());
        }
        return parsed;
    }

    private List<DatasourceConfig.Extension> extensions(Expression value) {
        Optional<List<Expression>> items = Expressions.array(value, DatasourceLoader::functionOrConstant, diagnostics);
        if (items.isEmpty()) {
            return List.of();
        }
        List<DatasourceConfig.Extension> out = new ArrayList<>();
        for (Expression item : items.get()) {
            if (item instanceof ConstantValue constant) {
                out.add(new DatasourceConfig.Extension(constant.name(), null, null, null, constant.span()));
                continue;
            }
            FunctionCall call = (FunctionCall) item;
            Map<String, Object[]> args = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (Argument argument : call.arguments().arguments()) {
                if (argument.name().isEmpty()) {
                    diagnostics.validationError("The argument must have a name", argument.span());
                    continue;
                }
                String name = argument.name().get().name();
                if (!seen.add(name)) {
                    diagnostics.validationError("The argument `" + name + "` can only be defined once", argument.span());
                    continue;
                }
                String string = Expressions.string(argument.value().get(), diagnostics).orElse(null);
                args.put(name, new Object[] {argument.span(), string});
            }
            String map = stringArg(args, "map");
            String schema = stringArg(args, "schema");
            String version = stringArg(args, "version");
            for (Map.Entry<String, Object[]> left : args.entrySet()) {
                diagnostics.error("Argument not known: \"" + left.getKey() + "\".", (Span) left.getValue()[0]);
            }
            out.add(new DatasourceConfig.Extension(call.name().name(), map, schema, version, call.span()));
        }
        out.sort((x, y) -> x.name().compareTo(y.name()));
        return out;
    }

    private String stringArg(Map<String, Object[]> args, String name) {
        Object[] entry = args.remove(name);
        if (entry == null) {
            return null;
        }
        if (entry[1] == null) {
            diagnostics.validationError("The `" + name + "` argument must be a string literal", (Span) entry[0]);
            return null;
        }
        return (String) entry[1];
    }

    private static Optional<Expression> functionOrConstant(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof ConstantValue || expression instanceof FunctionCall) {
            return Optional.of(expression);
        }
        Expressions.mismatch("constant or function", expression, diagnostics);
        return Optional.empty();
    }
}
