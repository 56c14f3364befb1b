package dev.shale.psl.validate.connector;

import static dev.shale.datamodel.ScalarType.*;
import static dev.shale.psl.validate.connector.NativeTypeSpec.Args.*;
import static dev.shale.psl.validate.connector.NativeTypeSpec.of;

import dev.shale.psl.Span;
import dev.shale.psl.validate.Diagnostics;
import dev.shale.psl.validate.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The native types of each provider (Prisma 7.10), and the parsing of their arguments. */
public final class NativeTypes {
    private NativeTypes() {
    }

    static final List<NativeTypeSpec> POSTGRESQL = List.of(
            of("SmallInt", NONE, INT), of("Integer", NONE, INT), of("BigInt", NONE, BIG_INT),
            of("Decimal", OPTIONAL_PAIR, DECIMAL), of("Money", NONE, DECIMAL), of("Inet", NONE, STRING),
            of("Oid", NONE, INT), of("Citext", NONE, STRING), of("Real", NONE, FLOAT),
            of("DoublePrecision", NONE, FLOAT), of("VarChar", OPTIONAL_NUMBER, STRING),
            of("Char", OPTIONAL_NUMBER, STRING), of("Text", NONE, STRING), of("ByteA", NONE, BYTES),
            of("Timestamp", OPTIONAL_NUMBER, DATE_TIME), of("Timestamptz", OPTIONAL_NUMBER, DATE_TIME),
            of("Date", NONE, DATE_TIME), of("Time", OPTIONAL_NUMBER, DATE_TIME), of("Timetz", OPTIONAL_NUMBER, DATE_TIME),
            of("Boolean", NONE, BOOLEAN), of("Bit", OPTIONAL_NUMBER, STRING), of("VarBit", OPTIONAL_NUMBER, STRING),
            of("Uuid", NONE, STRING), of("Xml", NONE, STRING), of("Json", NONE, JSON), of("JsonB", NONE, JSON));

    static final List<NativeTypeSpec> COCKROACHDB = List.of(
            of("Bit", OPTIONAL_NUMBER, STRING), of("Bool", NONE, BOOLEAN), of("Bytes", NONE, BYTES),
            of("Char", OPTIONAL_NUMBER, STRING), of("Date", NONE, DATE_TIME), of("Decimal", OPTIONAL_PAIR, DECIMAL),
            of("Float4", NONE, FLOAT), of("Float8", NONE, FLOAT), of("Inet", NONE, STRING), of("Int2", NONE, INT),
            of("Int4", NONE, INT), of("Int8", NONE, BIG_INT), of("JsonB", NONE, JSON), of("Oid", NONE, INT),
            of("CatalogSingleChar", NONE, STRING), of("String", OPTIONAL_NUMBER, STRING),
            of("Time", OPTIONAL_NUMBER, DATE_TIME), of("Timestamp", OPTIONAL_NUMBER, DATE_TIME),
            of("Timestamptz", OPTIONAL_NUMBER, DATE_TIME), of("Timetz", OPTIONAL_NUMBER, DATE_TIME),
            of("Uuid", NONE, STRING), of("VarBit", OPTIONAL_NUMBER, STRING));

    static final List<NativeTypeSpec> MYSQL = List.of(
            of("Int", NONE, INT), of("UnsignedInt", NONE, INT), of("SmallInt", NONE, INT),
            of("UnsignedSmallInt", NONE, INT), of("TinyInt", NONE, BOOLEAN, INT), of("UnsignedTinyInt", NONE, BOOLEAN, INT),
            of("MediumInt", NONE, INT), of("UnsignedMediumInt", NONE, INT), of("BigInt", NONE, BIG_INT),
            of("Decimal", OPTIONAL_PAIR, DECIMAL), of("UnsignedBigInt", NONE, BIG_INT), of("Float", NONE, FLOAT),
            of("Double", NONE, FLOAT), of("Bit", NUMBER, BOOLEAN, BYTES), of("Char", NUMBER, STRING),
            of("VarChar", NUMBER, STRING), of("Binary", NUMBER, BYTES), of("VarBinary", NUMBER, BYTES),
            of("TinyBlob", NONE, BYTES), of("Blob", NONE, BYTES), of("MediumBlob", NONE, BYTES), of("LongBlob", NONE, BYTES),
            of("TinyText", NONE, STRING), of("Text", NONE, STRING), of("MediumText", NONE, STRING),
            of("LongText", NONE, STRING), of("Date", NONE, DATE_TIME), of("Time", OPTIONAL_NUMBER, DATE_TIME),
            of("DateTime", OPTIONAL_NUMBER, DATE_TIME), of("Timestamp", OPTIONAL_NUMBER, DATE_TIME), of("Year", NONE, INT),
            of("Json", NONE, JSON));

    static final List<NativeTypeSpec> SQLSERVER = List.of(
            of("TinyInt", NONE, INT), of("SmallInt", NONE, INT), of("Int", NONE, INT), of("BigInt", NONE, BIG_INT),
            of("Decimal", OPTIONAL_PAIR, DECIMAL), of("Money", NONE, FLOAT), of("SmallMoney", NONE, FLOAT),
            of("Bit", NONE, BOOLEAN, INT), of("Float", OPTIONAL_NUMBER, FLOAT), of("Real", NONE, FLOAT),
            of("Date", NONE, DATE_TIME), of("Time", NONE, DATE_TIME), of("DateTime", NONE, DATE_TIME),
            of("DateTime2", NONE, DATE_TIME), of("DateTimeOffset", NONE, DATE_TIME), of("SmallDateTime", NONE, DATE_TIME),
            of("Char", OPTIONAL_NUMBER, STRING), of("NChar", OPTIONAL_NUMBER, STRING),
            of("VarChar", OPTIONAL_NUMBER_OR_MAX, STRING), of("Text", NONE, STRING),
            of("NVarChar", OPTIONAL_NUMBER_OR_MAX, STRING), of("NText", NONE, STRING), of("Binary", OPTIONAL_NUMBER, BYTES),
            of("VarBinary", OPTIONAL_NUMBER_OR_MAX, BYTES), of("Image", NONE, BYTES), of("Xml", NONE, STRING),
            of("UniqueIdentifier", NONE, STRING));

    static final List<NativeTypeSpec> MONGODB = List.of(
            of("String", NONE, STRING), of("Double", NONE, FLOAT), of("BinData", NONE, BYTES),
            of("ObjectId", NONE, STRING, BYTES), of("Bool", NONE, BOOLEAN), of("Date", NONE, DATE_TIME),
            of("Int", NONE, INT), of("Timestamp", NONE, DATE_TIME), of("Long", NONE, INT, BIG_INT), of("Json", NONE, JSON));

    /**
     * Parses the arguments of a native type whose count has been checked; reports Prisma's
     * "Expected a nonnegative integer, but found (x)." and returns empty when they do not parse.
     */
    public static Optional<NativeTypeInstance> parse(NativeTypeSpec spec, List<String> arguments, Span span,
            Diagnostics diagnostics) {
        Optional<NativeTypeInstance> parsed = parseQuietly(spec, arguments);
        if (parsed.isEmpty()) {
            diagnostics.error("Expected " + spec.args().description + ", but found (" + String.join(", ", arguments) + ").", span);
        }
        return parsed;
    }

    /** Parses without reporting (used for {@code Unsupported("...")} suggestions). */
    public static Optional<NativeTypeInstance> parseQuietly(NativeTypeSpec spec, List<String> arguments) {
        List<Long> numbers = new ArrayList<>();
        switch (spec.args()) {
            case NONE -> {
                if (!arguments.isEmpty()) {
                    return Optional.empty();
                }
            }
            case OPTIONAL_NUMBER, NUMBER -> {
                if (arguments.isEmpty() && spec.args() == OPTIONAL_NUMBER) {
                    break;
                }
                if (arguments.size() != 1) {
                    return Optional.empty();
                }
                Optional<Long> value = Expressions.parseUnsigned(arguments.get(0), 0xFFFF_FFFFL);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                numbers.add(value.get());
            }
            case OPTIONAL_PAIR -> {
                if (arguments.isEmpty()) {
                    break;
                }
                if (arguments.size() != 2) {
                    return Optional.empty();
                }
                for (String argument : arguments) {
                    Optional<Long> value = Expressions.parseUnsigned(argument, 0xFFFF_FFFFL);
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    numbers.add(value.get());
                }
            }
            case OPTIONAL_NUMBER_OR_MAX -> {
                if (arguments.isEmpty()) {
                    break;
                }
                if (arguments.size() != 1) {
                    return Optional.empty();
                }
                if (arguments.get(0).equalsIgnoreCase("max")) {
                    return Optional.of(new NativeTypeInstance(spec, List.of(), true));
                }
                Optional<Long> value = Expressions.parseUnsigned(arguments.get(0), 0xFFFF);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                numbers.add(value.get());
            }
        }
        return Optional.of(new NativeTypeInstance(spec, numbers, false));
    }
}
