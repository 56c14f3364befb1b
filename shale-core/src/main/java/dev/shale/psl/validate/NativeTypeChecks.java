package dev.shale.psl.validate;

import dev.shale.datamodel.ScalarType;
import dev.shale.psl.Span;
import dev.shale.psl.validate.connector.NativeTypeInstance;
import dev.shale.psl.validate.connector.NativeTypeSpec;
import dev.shale.psl.validate.connector.NativeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code @db.X(args)}: the right datasource prefix, a type the provider knows, argument count, scalar type and ranges. */
final class NativeTypeChecks {
    private final PipelineContext ctx;

    NativeTypeChecks(PipelineContext ctx) {
        this.ctx = ctx;
    }

    void check(TypedField field) {
        NativeTypeRef ref = field.nativeType();
        ScalarType scalar = field.type().builtin();
        if (ref == null || scalar == null) {
            return;
        }
        Diagnostics diagnostics = ctx.diagnostics;
        Span span = ref.span();
        if (ctx.datasource != null && !ctx.datasource.name().equals(ref.scope())) {
            diagnostics.error("The prefix " + ref.scope() + " is invalid. It must be equal to the name of an existing datasource e.g. "
                    + ctx.datasource.name() + ". Did you mean to use " + ctx.datasource.name() + "." + ref.name() + "?", span);
        }
        NativeTypeSpec spec = ctx.connector.nativeType(ref.name());
        if (spec == null) {
            diagnostics.error("Native type " + ref.name() + " is not supported for " + ctx.connector.providerName() + " connector.", span);
            return;
        }
        int given = ref.arguments().size();
        int required = spec.args().required;
        int optional = spec.args().optional;
        if (given < required || (given > required && optional == 0)) {
            diagnostics.error("Function \"" + ref.name() + "\" takes " + required + " arguments, but received " + given + ".", span);
            return;
        }
        if (given > required + optional && optional > 0) {
            diagnostics.error("Native type " + ref.name() + " takes " + optional + " optional arguments, but received " + given + ".", span);
            return;
        }
        if (!spec.prismaTypes().contains(scalar)) {
            List<String> expected = new ArrayList<>();
            spec.prismaTypes().forEach(t -> expected.add(t.schemaName()));
            diagnostics.error("Native type " + ref.name() + " is not compatible with declared field type " + scalar.schemaName()
                    + ", expected field type " + String.join(" or ", expected) + ".", span);
            return;
        }
        Optional<NativeTypeInstance> instance = NativeTypes.parse(spec, ref.arguments(), span, diagnostics);
        instance.ifPresent(i -> ranges(i, scalar, span));
    }

    /** The parsed native type of a field, or null when it has none or it does not parse (checked elsewhere). */
    static NativeTypeInstance instance(PipelineContext ctx, TypedField field) {
        NativeTypeRef ref = field.nativeType();
        if (ref == null) {
            return null;
        }
        NativeTypeSpec spec = ctx.connector.nativeType(ref.name());
        if (spec == null) {
            return null;
        }
        return NativeTypes.parseQuietly(spec, ref.arguments()).orElse(null);
    }

    private void ranges(NativeTypeInstance type, ScalarType scalar, Span span) {
        String connector = ctx.connector.name();
        String rendered = type.render();
        String name = type.name();
        Long m = type.first();
        Long s = type.second();
        String outOfRange = "Argument M is out of range for native type `" + rendered + "` of " + connector + ": ";
        Diagnostics d = ctx.diagnostics;
        switch (ctx.connector.provider() == null ? dev.shale.datamodel.Provider.SQLITE : ctx.connector.provider()) {
            case POSTGRESQL, COCKROACHDB -> {
                if (name.equals("Decimal") && m != null && s > m) {
                    d.error(scaleLarger(rendered, connector), span);
                } else if (name.equals("Decimal") && m != null && (m > 1000 || m == 0)) {
                    d.error(outOfRange + "Precision must be positive with a maximum value of 1000.", span);
                } else if ((name.equals("Bit") || name.equals("VarBit")) && m != null && m == 0) {
                    d.error(outOfRange + "M must be a positive integer.", span);
                } else if ((name.equals("Timestamp") || name.equals("Timestamptz") || name.equals("Time") || name.equals("Timetz"))
                        && m != null && m > 6) {
                    d.error(outOfRange + "M can range from 0 to 6.", span);
                }
            }
            case MYSQL -> {
                if (name.equals("Decimal") && m != null && s > m) {
                    d.error(scaleLarger(rendered, connector), span);
                } else if (name.equals("Decimal") && m != null && m > 65) {
                    d.error(outOfRange + "Precision can range from 1 to 65.", span);
                } else if (name.equals("Decimal") && m != null && s > 30) {
                    d.error(outOfRange + "Scale can range from 0 to 30.", span);
                } else if (name.equals("Bit") && (m == 0 || m > 64)) {
                    d.error(outOfRange + "M can range from 1 to 64.", span);
                } else if (name.equals("Char") && m > 255) {
                    d.error(outOfRange + "M can range from 0 to 255.", span);
                } else if (name.equals("VarChar") && m > 65535) {
                    d.error(outOfRange + "M can range from 0 to 65,535.", span);
                } else if (name.equals("Bit") && m > 1 && scalar == ScalarType.BOOLEAN) {
                    d.error(outOfRange + "only Bit(1) can be used as Boolean.", span);
                }
            }
            case SQLSERVER -> {
                if (name.equals("Decimal") && m != null && s > m) {
                    d.error(scaleLarger(rendered, connector), span);
                } else if (name.equals("Decimal") && m != null && (m == 0 || m > 38)) {
                    d.error(outOfRange + "Precision can range from 1 to 38.", span);
                } else if (name.equals("Decimal") && m != null && s > 38) {
                    d.error(outOfRange + "Scale can range from 0 to 38.", span);
                } else if (name.equals("Float") && m != null && (m == 0 || m > 53)) {
                    d.error(outOfRange + "Bits can range from 1 to 53.", span);
                } else if (name.equals("NVarChar") && m != null && m > 4000) {
                    d.error(outOfRange + "Length can range from 1 to 4000. For larger sizes, use the `Max` variant.", span);
                } else if ((name.equals("VarChar") || name.equals("VarBinary")) && m != null && m > 8000) {
                    d.error(outOfRange + "Length can range from 1 to 8000. For larger sizes, use the `Max` variant.", span);
                } else if (name.equals("NChar") && m != null && m > 4000) {
                    d.error(outOfRange + "Length can range from 1 to 4000.", span);
                } else if ((name.equals("Char") || name.equals("Binary")) && m != null && m > 8000) {
                    d.error(outOfRange + "Length can range from 1 to 8000.", span);
                }
            }
            default -> {
            }
        }
    }

    private static String scaleLarger(String rendered, String connector) {
        return "The scale must not be larger than the precision for the " + rendered + " native type in " + connector + ".";
    }
}
