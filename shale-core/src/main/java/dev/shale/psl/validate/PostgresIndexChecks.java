package dev.shale.psl.validate;

import dev.shale.datamodel.IndexAlgorithm;
import dev.shale.datamodel.ScalarType;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.validate.connector.NativeTypeInstance;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's GiST, GIN, SP-GiST and BRIN indexes: each operator class fits one index type and
 * certain native types; without an operator class, the field type must have a default one.
 */
final class PostgresIndexChecks {
    /** Operator classes and the index type they belong to. */
    private static final Map<String, Set<IndexAlgorithm>> CLASS_INDEX_TYPES = Map.of(
            "InetOps", Set.of(IndexAlgorithm.GIST, IndexAlgorithm.SPGIST),
            "JsonbOps", Set.of(IndexAlgorithm.GIN),
            "JsonbPathOps", Set.of(IndexAlgorithm.GIN),
            "ArrayOps", Set.of(IndexAlgorithm.GIN),
            "TextOps", Set.of(IndexAlgorithm.SPGIST));

    /** BRIN: native type → the operator classes that accept it ("" means no class given). */
    private static final Map<String, Set<String>> BRIN = Map.ofEntries(
            Map.entry("Bit", Set.of("", "BitMinMaxOps")),
            Map.entry("VarBit", Set.of("", "VarBitMinMaxOps")),
            Map.entry("Char", Set.of("", "BpcharBloomOps", "BpcharMinMaxOps")),
            Map.entry("Date", Set.of("", "DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps")),
            Map.entry("Real", Set.of("", "Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps")),
            Map.entry("DoublePrecision", Set.of("", "Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps")),
            Map.entry("Inet", Set.of("", "InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps")),
            Map.entry("SmallInt", Set.of("", "Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps")),
            Map.entry("Integer", Set.of("", "Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps")),
            Map.entry("BigInt", Set.of("", "Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps")),
            Map.entry("Decimal", Set.of("", "NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps")),
            Map.entry("Oid", Set.of("", "OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps")),
            Map.entry("ByteA", Set.of("", "ByteaBloomOps", "ByteaMinMaxOps")),
            Map.entry("Text", Set.of("", "TextBloomOps", "TextMinMaxOps")),
            Map.entry("VarChar", Set.of("", "TextBloomOps", "TextMinMaxOps")),
            Map.entry("Timestamp", Set.of("", "TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps")),
            Map.entry("Timestamptz", Set.of("", "TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps")),
            Map.entry("Time", Set.of("", "TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps")),
            Map.entry("Timetz", Set.of("", "TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps")),
            Map.entry("Uuid", Set.of("", "UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps")));

    /** BRIN operator classes usable without a native type, with the Prisma type they need. */
    private static final Map<String, ScalarType> BRIN_SCALAR = Map.ofEntries(
            Map.entry("Float8BloomOps", ScalarType.FLOAT), Map.entry("Float8MinMaxOps", ScalarType.FLOAT),
            Map.entry("Float8MinMaxMultiOps", ScalarType.FLOAT), Map.entry("Int4BloomOps", ScalarType.INT),
            Map.entry("Int4MinMaxOps", ScalarType.INT), Map.entry("Int4MinMaxMultiOps", ScalarType.INT),
            Map.entry("Int8BloomOps", ScalarType.BIG_INT), Map.entry("Int8MinMaxOps", ScalarType.BIG_INT),
            Map.entry("Int8MinMaxMultiOps", ScalarType.BIG_INT), Map.entry("NumericBloomOps", ScalarType.DECIMAL),
            Map.entry("NumericMinMaxOps", ScalarType.DECIMAL), Map.entry("NumericMinMaxMultiOps", ScalarType.DECIMAL),
            Map.entry("ByteaBloomOps", ScalarType.BYTES), Map.entry("ByteaMinMaxOps", ScalarType.BYTES),
            Map.entry("TextBloomOps", ScalarType.STRING), Map.entry("TextMinMaxOps", ScalarType.STRING),
            Map.entry("TimestampBloomOps", ScalarType.DATE_TIME), Map.entry("TimestampMinMaxOps", ScalarType.DATE_TIME),
            Map.entry("TimestampMinMaxMultiOps", ScalarType.DATE_TIME));

    private PostgresIndexChecks() {
    }

    static void check(PipelineContext ctx, IndexInfo index) {
        IndexAlgorithm algorithm = index.algorithm == null ? IndexAlgorithm.BTREE : index.algorithm;
        for (IndexFieldInfo field : index.fields) {
            if (field.rawOperatorClass()) {
                continue;
            }
            String opclass = field.operatorClass();
            NativeTypeInstance nativeType = NativeTypeChecks.instance(ctx, field.field());
            String nativeName = nativeType == null ? null : nativeType.name();
            TypeRef type = field.field().type();
            if (opclass != null && !classSupports(opclass, algorithm)) {
                error(ctx, index, "The given operator class `" + display(opclass) + "` is not supported with the `"
                        + algorithm.prismaName() + "` index type.");
                continue;
            }
            switch (algorithm) {
                case GIST -> {
                    if (!("Inet".equals(nativeName) && "InetOps".equals(opclass))) {
                        fallback(ctx, index, field, nativeName, opclass, algorithm);
                    }
                }
                case GIN -> gin(ctx, index, field, nativeName, opclass, type, algorithm);
                case SPGIST -> spgist(ctx, index, field, nativeName, opclass, type, algorithm);
                case BRIN -> brin(ctx, index, field, nativeName, opclass, type, algorithm);
                default -> {
                }
            }
        }
    }

    /** Prisma prints {@code UuidMinMaxMultiOps} as {@code BitMinMaxOps} in these messages (a quirk kept for parity). */
    private static String display(String opclass) {
        return opclass.equals("UuidMinMaxMultiOps") ? "BitMinMaxOps" : opclass;
    }

    private static boolean classSupports(String opclass, IndexAlgorithm algorithm) {
        Set<IndexAlgorithm> types = CLASS_INDEX_TYPES.get(opclass);
        return types != null ? types.contains(algorithm) : algorithm == IndexAlgorithm.BRIN;
    }

    private static void gin(PipelineContext ctx, IndexInfo index, IndexFieldInfo field, String nativeName, String opclass,
            TypeRef type, IndexAlgorithm algorithm) {
        boolean list = field.field().arity() == Arity.LIST;
        if (nativeName == null && opclass == null && type.is(ScalarType.JSON)) {
            return;
        }
        if (opclass == null && list) {
            return;
        }
        if ("JsonB".equals(nativeName) && (opclass == null || opclass.equals("JsonbOps") || opclass.equals("JsonbPathOps"))) {
            return;
        }
        if (nativeName == null && opclass != null && (opclass.equals("JsonbOps") || opclass.equals("JsonbPathOps"))) {
            if (!type.is(ScalarType.JSON)) {
                error(ctx, index, "The given operator class `" + display(opclass) + "` points to the field `" + field.name()
                        + "` that is not of Json type.");
            }
            return;
        }
        if ("ArrayOps".equals(opclass)) {
            if (!list) {
                error(ctx, index, "The given operator class `ArrayOps` expects the type of field `" + field.name() + "` to be an array.");
            }
            return;
        }
        fallback(ctx, index, field, nativeName, opclass, algorithm);
    }

    private static void spgist(PipelineContext ctx, IndexInfo index, IndexFieldInfo field, String nativeName, String opclass,
            TypeRef type, IndexAlgorithm algorithm) {
        if ("Inet".equals(nativeName) && (opclass == null || opclass.equals("InetOps"))) {
            return;
        }
        if (nativeName == null && opclass == null && type.is(ScalarType.STRING)) {
            return;
        }
        if (nativeName == null && "TextOps".equals(opclass)) {
            if (!type.is(ScalarType.STRING)) {
                error(ctx, index, "The given operator class `TextOps` points to the field `" + field.name() + "` that is not of String type.");
            }
            return;
        }
        if (("Text".equals(nativeName) || "VarChar".equals(nativeName) || "Char".equals(nativeName))
                && (opclass == null || opclass.equals("TextOps"))) {
            return;
        }
        fallback(ctx, index, field, nativeName, opclass, algorithm);
    }

    private static void brin(PipelineContext ctx, IndexInfo index, IndexFieldInfo field, String nativeName, String opclass,
            TypeRef type, IndexAlgorithm algorithm) {
        if (nativeName != null) {
            Set<String> accepted = BRIN.get(nativeName);
            if (accepted != null && accepted.contains(opclass == null ? "" : opclass)) {
                return;
            }
            fallback(ctx, index, field, nativeName, opclass, algorithm);
            return;
        }
        if (opclass == null) {
            if (type.is(ScalarType.FLOAT) || type.is(ScalarType.INT) || type.is(ScalarType.BIG_INT) || type.is(ScalarType.DECIMAL)
                    || type.is(ScalarType.BYTES) || type.is(ScalarType.STRING) || type.is(ScalarType.DATE_TIME)) {
                return;
            }
            fallback(ctx, index, field, null, null, algorithm);
            return;
        }
        ScalarType needed = BRIN_SCALAR.get(opclass);
        if (needed != null) {
            if (!type.is(needed)) {
                error(ctx, index, "The given operator class `" + display(opclass) + "` points to the field `" + field.name()
                        + "` that is not of " + needed.schemaName() + " type.");
            }
            return;
        }
        fallback(ctx, index, field, null, opclass, algorithm);
    }

    private static void fallback(PipelineContext ctx, IndexInfo index, IndexFieldInfo field, String nativeName, String opclass,
            IndexAlgorithm algorithm) {
        if (nativeName != null && opclass != null) {
            error(ctx, index, "The given operator class `" + display(opclass) + "` does not support native type `" + nativeName
                    + "` of field `" + field.name() + "`.");
        } else if (nativeName != null) {
            error(ctx, index, "The " + algorithm.prismaName() + " index field type `" + nativeName + "` has no default operator class.");
        } else if (opclass != null) {
            error(ctx, index, "The given operator class `" + display(opclass) + "` expects the field `" + field.name()
                    + "` to define a valid native type.");
        } else if (!supportsFieldType(algorithm, field)) {
            error(ctx, index, "The " + algorithm.prismaName() + " index type does not support the type of the field `" + field.name() + "`.");
        }
    }

    private static boolean supportsFieldType(IndexAlgorithm algorithm, IndexFieldInfo field) {
        TypeRef type = field.field().type();
        if (type.isUnsupported()) {
            return true;
        }
        return switch (algorithm) {
            case BTREE, HASH -> true;
            case GIST, SPGIST -> type.is(ScalarType.STRING);
            case GIN -> type.is(ScalarType.JSON) || field.field().arity() == Arity.LIST;
            case BRIN -> type.is(ScalarType.STRING) || type.is(ScalarType.BYTES) || type.is(ScalarType.DATE_TIME)
                    || type.is(ScalarType.FLOAT) || type.is(ScalarType.INT) || type.is(ScalarType.BIG_INT)
                    || type.is(ScalarType.DECIMAL);
        };
    }

    private static void error(PipelineContext ctx, IndexInfo index, String message) {
        ctx.diagnostics.attributeError(message, index.attributeName(), index.attribute.span());
    }
}
