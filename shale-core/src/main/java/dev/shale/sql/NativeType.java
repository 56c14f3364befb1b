package dev.shale.sql;

import java.util.List;

/**
 * A database type by its Prisma native-type name ({@code Integer}, {@code VarChar},
 * {@code Timestamp}, {@code Decimal}, ...) and its arguments ({@code VarChar(255)} has [255],
 * {@code Decimal(65,30)} has [65, 30], {@code Timestamp} without precision has none).
 */
public record NativeType(String name, List<Integer> args) {

    public NativeType {
        args = List.copyOf(args);
    }

    public static NativeType of(String name, Integer... args) {
        return new NativeType(name, List.of(args));
    }

    /** The first argument, or {@code null}. */
    public Integer arg() {
        return args.isEmpty() ? null : args.get(0);
    }

    /** Prisma's display form for warnings: {@code Integer}, {@code VarChar(12)}, {@code Decimal(65,30)}. */
    public String display() {
        if (args.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(args.get(i));
        }
        return sb.append(')').toString();
    }
}
