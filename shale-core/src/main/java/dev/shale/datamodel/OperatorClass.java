package dev.shale.datamodel;

import java.util.Map;
import java.util.Objects;

/**
 * The {@code ops:} argument of an index field (PostgreSQL): a known class such as
 * {@code JsonbPathOps}, or {@code raw("...")} passed through verbatim.
 */
public record OperatorClass(String name, boolean raw) {

    private static final Map<String, String> SQL_NAMES = Map.ofEntries(
            // GiST
            Map.entry("InetOps", "inet_ops"),
            // GIN
            Map.entry("JsonbOps", "jsonb_ops"),
            Map.entry("JsonbPathOps", "jsonb_path_ops"),
            Map.entry("ArrayOps", "array_ops"),
            // SP-GiST
            Map.entry("TextOps", "text_ops"),
            // BRIN
            Map.entry("BitMinMaxOps", "bit_minmax_ops"),
            Map.entry("VarBitMinMaxOps", "varbit_minmax_ops"),
            Map.entry("BpcharBloomOps", "bpchar_bloom_ops"),
            Map.entry("BpcharMinMaxOps", "bpchar_minmax_ops"),
            Map.entry("ByteaBloomOps", "bytea_bloom_ops"),
            Map.entry("ByteaMinMaxOps", "bytea_minmax_ops"),
            Map.entry("DateBloomOps", "date_bloom_ops"),
            Map.entry("DateMinMaxOps", "date_minmax_ops"),
            Map.entry("DateMinMaxMultiOps", "date_minmax_multi_ops"),
            Map.entry("Float4BloomOps", "float4_bloom_ops"),
            Map.entry("Float4MinMaxOps", "float4_minmax_ops"),
            Map.entry("Float4MinMaxMultiOps", "float4_minmax_multi_ops"),
            Map.entry("Float8BloomOps", "float8_bloom_ops"),
            Map.entry("Float8MinMaxOps", "float8_minmax_ops"),
            Map.entry("Float8MinMaxMultiOps", "float8_minmax_multi_ops"),
            Map.entry("InetInclusionOps", "inet_inclusion_ops"),
            Map.entry("InetBloomOps", "inet_bloom_ops"),
            Map.entry("InetMinMaxOps", "inet_minmax_ops"),
            Map.entry("InetMinMaxMultiOps", "inet_minmax_multi_ops"),
            Map.entry("Int2BloomOps", "int2_bloom_ops"),
            Map.entry("Int2MinMaxOps", "int2_minmax_ops"),
            Map.entry("Int2MinMaxMultiOps", "int2_minmax_multi_ops"),
            Map.entry("Int4BloomOps", "int4_bloom_ops"),
            Map.entry("Int4MinMaxOps", "int4_minmax_ops"),
            Map.entry("Int4MinMaxMultiOps", "int4_minmax_multi_ops"),
            Map.entry("Int8BloomOps", "int8_bloom_ops"),
            Map.entry("Int8MinMaxOps", "int8_minmax_ops"),
            Map.entry("Int8MinMaxMultiOps", "int8_minmax_multi_ops"),
            Map.entry("NumericBloomOps", "numeric_bloom_ops"),
            Map.entry("NumericMinMaxOps", "numeric_minmax_ops"),
            Map.entry("NumericMinMaxMultiOps", "numeric_minmax_multi_ops"),
            Map.entry("OidBloomOps", "oid_bloom_ops"),
            Map.entry("OidMinMaxOps", "oid_minmax_ops"),
            Map.entry("OidMinMaxMultiOps", "oid_minmax_multi_ops"),
            Map.entry("TextBloomOps", "text_bloom_ops"),
            Map.entry("TextMinMaxOps", "text_minmax_ops"),
            Map.entry("TimestampBloomOps", "timestamp_bloom_ops"),
            Map.entry("TimestampMinMaxOps", "timestamp_minmax_ops"),
            Map.entry("TimestampMinMaxMultiOps", "timestamp_minmax_multi_ops"),
            Map.entry("TimestampTzBloomOps", "timestamptz_bloom_ops"),
            Map.entry("TimestampTzMinMaxOps", "timestamptz_minmax_ops"),
            Map.entry("TimestampTzMinMaxMultiOps", "timestamptz_minmax_multi_ops"),
            Map.entry("TimeBloomOps", "time_bloom_ops"),
            Map.entry("TimeMinMaxOps", "time_minmax_ops"),
            Map.entry("TimeMinMaxMultiOps", "time_minmax_multi_ops"),
            Map.entry("TimeTzBloomOps", "timetz_bloom_ops"),
            Map.entry("TimeTzMinMaxOps", "timetz_minmax_ops"),
            Map.entry("TimeTzMinMaxMultiOps", "timetz_minmax_multi_ops"),
            Map.entry("UuidBloomOps", "uuid_bloom_ops"),
            Map.entry("UuidMinMaxOps", "uuid_minmax_ops"),
            Map.entry("UuidMinMaxMultiOps", "uuid_minmax_multi_ops"));

    public OperatorClass {
        Objects.requireNonNull(name, "name");
    }

    /** Whether {@code name} is one of the operator classes Prisma knows by name. */
    public static boolean isKnown(String name) {
        return SQL_NAMES.containsKey(name);
    }

    /** The operator class in SQL: {@code jsonb_path_ops}, or the {@code raw("...")} text verbatim. */
    public String sql() {
        if (raw) {
            return name;
        }
        String sql = SQL_NAMES.get(name);
        if (sql == null) {
            throw new IllegalStateException("unknown operator class " + name);
        }
        return sql;
    }
}
