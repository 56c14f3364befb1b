package dev.shale.datamodel;

import java.util.List;
import java.util.Objects;

/**
 * A native type attribute such as {@code @db.VarChar(255)} or {@code @db.Decimal(10, 2)}:
 * the type name and its arguments as written ({@code "255"}, {@code "Max"}). The validator has
 * checked the name and the arguments against the provider.
 */
public record NativeType(String name, List<String> arguments) {

    public NativeType {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** The attribute as written: {@code VarChar(255)}, or {@code Text} without arguments. */
    public String render() {
        return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
    }
}
