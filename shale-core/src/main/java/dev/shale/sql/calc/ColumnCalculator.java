package dev.shale.sql.calc;

import dev.shale.datamodel.DefaultValue;
import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.FieldType;
import dev.shale.datamodel.Provider;
import dev.shale.datamodel.ScalarField;
import dev.shale.datamodel.ScalarType;
import dev.shale.sql.Arity;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.DateTimes;
import dev.shale.sql.EnumRef;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** One scalar field's column type and default, per provider, as Prisma maps them. */
final class ColumnCalculator {
    private ColumnCalculator() {}

    static Arity arity(dev.shale.datamodel.Arity arity) {
        return switch (arity) {
            case REQUIRED -> Arity.REQUIRED;
            case OPTIONAL -> Arity.NULLABLE;
            case LIST -> Arity.LIST;
        };
    }

    static TypeFamily family(ScalarType t) {
        return switch (t) {
            case INT -> TypeFamily.INT;
            case BIG_INT -> TypeFamily.BIGINT;
            case FLOAT -> TypeFamily.FLOAT;
            case DECIMAL -> TypeFamily.DECIMAL;
            case BOOLEAN -> TypeFamily.BOOLEAN;
            case STRING -> TypeFamily.STRING;
            case DATE_TIME -> TypeFamily.DATETIME;
            case JSON -> TypeFamily.JSON;
            case BYTES -> TypeFamily.BINARY;
        };
    }

    /** The native type a scalar gets without {@code @db.X}. */
    static NativeType defaultNativeType(ScalarType t, Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> switch (t) {
                case STRING -> NativeType.of("Text");
                case BOOLEAN -> NativeType.of("Boolean");
                case INT -> NativeType.of("Integer");
                case BIG_INT -> NativeType.of("BigInt");
                case FLOAT -> NativeType.of("DoublePrecision");
                case DECIMAL -> NativeType.of("Decimal", 65, 30);
                case DATE_TIME -> NativeType.of("Timestamp", 3);
                case JSON -> NativeType.of("JsonB");
                case BYTES -> NativeType.of("ByteA");
            };
            case MYSQL -> switch (t) {
                case STRING -> NativeType.of("VarChar", 191);
                case BOOLEAN -> NativeType.of("TinyInt");
                case INT -> NativeType.of("Int");
                case BIG_INT -> NativeType.of("BigInt");
                case FLOAT -> NativeType.of("Double");
                case DECIMAL -> NativeType.of("Decimal", 65, 30);
                case DATE_TIME -> NativeType.of("DateTime", 3);
                case JSON -> NativeType.of("Json");
                case BYTES -> NativeType.of("LongBlob");
            };
            default -> null;
        };
    }

    static NativeType nativeType(dev.shale.datamodel.NativeType written) {
        List<Integer> args = new ArrayList<>();
        for (String a : written.arguments()) {
            args.add(Integer.parseInt(a.trim()));
        }
        return new NativeType(written.name(), args);
    }

    /** The column type of a field; {@code enumType} is the calculated enum for enum fields (null on SQLite). */
    static ColumnType type(ScalarField field, Provider provider, EnumRef enumType) {
        FieldType t = field.type();
        if (t instanceof FieldType.Unsupported u) {
            return ColumnType.unsupported(u.dbType());
        }
        if (t instanceof FieldType.EnumRef) {
            return enumType == null ? ColumnType.family(TypeFamily.STRING) : ColumnType.enumType(enumType);
        }
        if (t instanceof FieldType.CompositeRef) {
            throw new IllegalStateException("composite types exist only on MongoDB");
        }
        ScalarType scalar = (ScalarType) t;
        if (provider == Provider.SQLITE) {
            return ColumnType.family(family(scalar));
        }
        NativeType nt = field.nativeType().map(ColumnCalculator::nativeType).orElse(defaultNativeType(scalar, provider));
        return ColumnType.of(family(scalar), nt);
    }

    /**
     * The database default of a field, or {@code null}: none, or one Prisma Client fills in
     * ({@link #isVirtual}). {@code autoincrement()} is a sequence on PostgreSQL, nothing elsewhere
     * (the column is AUTO_INCREMENT / the rowid).
     */
    static ColumnDefault defaultValue(ScalarField field, Provider provider, EnumType enumType, String table) {
        if (field.defaultValue().isEmpty()) {
            return null;
        }
        DefaultValue v = field.defaultValue().get().value();
        if (v instanceof DefaultValue.DbGenerated g) {
            return ColumnDefault.dbgenerated(g.expression().orElse(null));
        }
        if (v instanceof DefaultValue.Now) {
            return ColumnDefault.now();
        }
        if (v instanceof DefaultValue.Autoincrement) {
            return provider == Provider.POSTGRESQL ? ColumnDefault.sequence(table + "_" + field.columnName() + "_seq") : null;
        }
        if (v instanceof DefaultValue.Literal literal) {
            return ColumnDefault.value(value(literal, enumType));
        }
        return null;
    }

    /** Whether the default is generated by Prisma Client rather than the database. */
    static boolean isVirtual(ScalarField field) {
        return field.defaultValue().map(d -> d.value() instanceof DefaultValue.Uuid || d.value() instanceof DefaultValue.Cuid
                || d.value() instanceof DefaultValue.Nanoid || d.value() instanceof DefaultValue.Ulid).orElse(false);
    }

    static Value value(DefaultValue.Literal literal, EnumType enumType) {
        if (literal instanceof DefaultValue.StringValue s) {
            return new Value.Str(s.value());
        }
        if (literal instanceof DefaultValue.IntValue i) {
            return new Value.Int(i.value());
        }
        if (literal instanceof DefaultValue.FloatValue f) {
            return new Value.Float(f.value());
        }
        if (literal instanceof DefaultValue.BooleanValue b) {
            return new Value.Bool(b.value());
        }
        if (literal instanceof DefaultValue.DateTimeValue d) {
            return new Value.DateTime(DateTimes.canonical(d.value()));
        }
        if (literal instanceof DefaultValue.JsonValue j) {
            return new Value.Json(j.json());
        }
        if (literal instanceof DefaultValue.BytesValue b) {
            return new Value.Bytes(HexFormat.of().formatHex(Base64.getDecoder().decode(b.base64())));
        }
        if (literal instanceof DefaultValue.EnumValueRef e) {
            String db = enumType == null ? e.name()
                    : enumType.value(e.name()).map(dev.shale.datamodel.EnumValue::dbName).orElse(e.name());
            return new Value.EnumValue(db);
        }
        if (literal instanceof DefaultValue.ListValue l) {
            List<Value> values = new ArrayList<>();
            for (DefaultValue.Literal item : l.values()) {
                values.add(value(item, enumType));
            }
            return new Value.ListValue(values);
        }
        throw new IllegalStateException("unexpected default " + literal);
    }
}
