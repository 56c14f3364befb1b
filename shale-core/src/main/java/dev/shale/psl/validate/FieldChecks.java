package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.Capability;
import dev.shale.psl.validate.connector.NativeTypeInstance;
import dev.shale.psl.validate.connector.NativeTypeSpec;
import dev.shale.psl.validate.connector.NativeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of one scalar field of a model or view. */
final class FieldChecks {
    private static final Pattern UNSUPPORTED = Pattern.compile("^([^(]+)(?:\\((.*?)\\))?(.+)?$", Pattern.DOTALL);

    private final PipelineContext ctx;
    private final Names names;
    private final NativeTypeChecks nativeTypes;
    private final DefaultValueChecks defaults;

    FieldChecks(PipelineContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.nativeTypes = new NativeTypeChecks(ctx);
        this.defaults = new DefaultValueChecks(ctx);
    }

    void check(ScalarFieldInfo field) {
        connectorSpecific(field);
        clientName(field, field.model);
        defaultConstraintName(field);
        nativeTypes.check(field);
        defaultValue(field);
        unsupportedType(field);
    }

    private void connectorSpecific(ScalarFieldInfo field) {
        ModelInfo model = field.model;
        String container = model.kind();
        Diagnostics d = ctx.diagnostics;
        if (field.type.is(ScalarType.JSON)) {
            if (!ctx.has(Capability.JSON)) {
                d.fieldError("Field `" + field.name() + "` in " + container + " `" + model.name()
                        + "` can't be of type Json. The current connector does not support the Json type.", container, model.name(),
                        field.name(), field.ast.span());
            }
            if (field.arity() == Arity.LIST && !ctx.has(Capability.JSON_LISTS)) {
                d.fieldError("Field `" + field.name() + "` in " + container + " `" + model.name()
                        + "` can't be of type Json[]. The current connector does not support the Json List type.", container,
                        model.name(), field.name(), field.ast.span());
            }
        } else if (field.type.is(ScalarType.DECIMAL) && !ctx.has(Capability.DECIMAL)) {
            d.fieldError("Field `" + field.name() + "` in " + container + " `" + model.name()
                    + "` can't be of type Decimal. The current connector does not support the Decimal type.", container,
                    model.name(), field.name(), field.ast.span());
        }
        if (field.arity() == Arity.LIST && !ctx.has(Capability.SCALAR_LISTS)) {
            d.error("Field \"" + field.name() + "\" in " + container + " \"" + model.name()
                    + "\" can't be a list. The current connector does not support lists of primitive types.", field.ast.span());
        }
    }

    void clientName(FieldInfo field, ModelInfo model) {
        for (String taken : names.nameTaken(model, field.name())) {
            ctx.diagnostics.modelError("The custom name `" + field.name() + "` specified for the `" + taken
                    + "` attribute is already used as a name for a field. Please choose a different name.", model.kind(),
                    model.name(), model.ast.span());
        }
    }

    private void defaultConstraintName(ScalarFieldInfo field) {
        if (field.defaultValue == null) {
            return;
        }
        String name = names.defaultName(field);
        for (var scope : names.violations(field.model, Names.ConstraintKind.DEFAULT, name)) {
            ctx.diagnostics.attributeError("The given constraint name `" + name + "` has to be unique in the following namespace: "
                    + scope.description(field.model.name()) + ". Please provide a different name using the `map` argument.",
                    "@default", AttributeVisitor.argumentSpan(field.defaultValue.attribute(), "map").orElse(field.ast.span()));
        }
    }

    private void defaultValue(ScalarFieldInfo field) {
        DefaultInfo value = field.defaultValue;
        if (value != null && value.mappedName() != null) {
            if (!ctx.has(Capability.NAMED_DEFAULT_VALUES)) {
                ctx.diagnostics.attributeError("You defined a database name for the default value of a field on the model. This is not supported by the provider.",
                        "@default", value.attribute().span());
            }
            DatabaseNames.tooLong(ctx, field.model.name(), value.attribute(), value.mappedName(), false);
        }
        defaults.values(value == null ? null : value.value(), field.type.builtin());
        defaults.autoParam(value == null ? null : value.value());
    }

    private void unsupportedType(ScalarFieldInfo field) {
        if (ctx.datasource == null || !(field.type instanceof TypeRef.Unsupported unsupported)) {
            return;
        }
        Matcher matcher = UNSUPPORTED.matcher(unsupported.dbType());
        if (!matcher.matches()) {
            return;
        }
        String prefix = matcher.group(1).trim();
        List<String> args = new ArrayList<>();
        if (matcher.group(2) != null) {
            for (String part : matcher.group(2).split(",", -1)) {
                args.add(part.trim());
            }
        }
        NativeTypeSpec spec = ctx.connector.nativeType(prefix);
        if (spec == null) {
            return;
        }
        var parsed = NativeTypes.parseQuietly(spec, args);
        if (parsed.isEmpty()) {
            return;
        }
        NativeTypeInstance instance = parsed.get();
        ScalarType prismaType = spec.prismaTypes().get(0);
        String nativeName = instance.max() ? spec.name() + "(Max)" : instance.render();
        ctx.diagnostics.validationError("The type `Unsupported(\"" + unsupported.dbType() + "\")` you specified in the type definition for the field `"
                + field.name() + "` is supported as a native type by Prisma. Please use the native type notation `"
                + prismaType.schemaName() + " @" + ctx.datasource.name() + "." + nativeName + "` for full support.", field.ast.span());
    }
}
