package dev.shale.sql;

import java.math.BigDecimal;
import java.util.List;

/** A constant in a default, typed the way Prisma types it so each database can render it. */
public sealed interface Value {

    record Str(String value) implements Value {}

    /** Int and BigInt defaults. */
    record Int(long value) implements Value {}

    /**
     * Float and Decimal defaults, kept as written ({@code 3.20} stays {@code 3.20}). Equality is
     * numeric, like Prisma's.
     */
    record Float(BigDecimal value) implements Value {
        @Override
        public boolean equals(Object o) {
            return o instanceof Float f && f.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    record Bool(boolean value) implements Value {}

    /** An enum value by its database name. */
    record EnumValue(String value) implements Value {}

    record Json(String value) implements Value {}

    /** Bytes, as lowercase hexadecimal (records need value equality, arrays do not have it). */
    record Bytes(String hex) implements Value {}

    /**
     * A date-time with its offset, in ISO-8601 form ({@code 2019-06-17T14:20:57Z}); each database
     * writes it its own way ({@link DateTimes}).
     */
    record DateTime(String value) implements Value {}

    record ListValue(List<Value> values) implements Value {
        public ListValue {
            values = List.copyOf(values);
        }
    }
}
