package dev.shale.psl.validate.connector;

import dev.shale.datamodel.ScalarType;
import java.util.List;

/** A native type a provider knows: its name, the shape of its arguments and the Prisma types it fits. */
public record NativeTypeSpec(String name, Args args, List<ScalarType> prismaTypes) {

    /** The argument shapes Prisma's native types use, with the description its parse errors quote. */
    public enum Args {
        NONE(0, 0, ""),
        OPTIONAL_NUMBER(0, 1, "a nonnegative integer"),
        NUMBER(1, 0, "a nonnegative integer"),
        OPTIONAL_PAIR(0, 2, "two nonnegative integers"),
        OPTIONAL_NUMBER_OR_MAX(0, 1, "an integer or `Max`");

        public final int required;
        public final int optional;
        public final String description;

        Args(int required, int optional, String description) {
            this.required = required;
            this.optional = optional;
            this.description = description;
        }
    }

    public NativeTypeSpec {
        prismaTypes = List.copyOf(prismaTypes);
    }

    static NativeTypeSpec of(String name, Args args, ScalarType... types) {
        return new NativeTypeSpec(name, args, List.of(types));
    }
}
