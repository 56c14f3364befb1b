package dev.shale.psl.validate.connector;

import java.util.List;

/**
 * A native type with parsed arguments: {@code numbers} holds the numeric arguments; {@code max}
 * is set for SQL Server's {@code Max}.
 */
public record NativeTypeInstance(NativeTypeSpec spec, List<Long> numbers, boolean max) {

    public NativeTypeInstance {
        numbers = List.copyOf(numbers);
    }

    public String name() {
        return spec.name();
    }

    public Long first() {
        return numbers.isEmpty() ? null : numbers.get(0);
    }

    public Long second() {
        return numbers.size() < 2 ? null : numbers.get(1);
    }

    /** As Prisma writes it in messages: {@code Decimal(2,5)}, {@code VarChar(Max)}, {@code Text}. */
    public String render() {
        if (max) {
            return spec.name() + "(Max)";
        }
        if (numbers.isEmpty()) {
            return spec.name();
        }
        StringBuilder out = new StringBuilder(spec.name()).append('(');
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(numbers.get(i));
        }
        return out.append(')').toString();
    }
}
