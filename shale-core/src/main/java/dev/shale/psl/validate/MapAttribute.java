package dev.shale.psl.validate;

import dev.shale.psl.ast.Expression;
import java.util.Optional;

/** {@code @map("name")} / {@code @@map("name")}: the name argument, a string. */
final class MapAttribute {
    private MapAttribute() {
    }

    static String read(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitDefaultArg("name");
        if (value.isEmpty()) {
            return null;
        }
        return Expressions.string(value.get(), visitor.diagnostics()).orElse(null);
    }

    /** An optional {@code map:} argument that must be a non-empty string. */
    static String mapArgument(AttributeVisitor visitor) {
        return nonEmptyString(visitor, "map");
    }

    static String nonEmptyString(AttributeVisitor visitor, String argument) {
        Optional<Expression> value = visitor.visitOptionalArg(argument);
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> name = Expressions.string(value.get(), visitor.diagnostics());
        if (name.isEmpty()) {
            return null;
        }
        if (name.get().isEmpty()) {
            visitor.attributeError("The `" + argument + "` argument cannot be an empty string.");
            return null;
        }
        return name.get();
    }

    /** {@code @@schema("name")}: the schema name, with its span. */
    static Optional<dev.shale.psl.ast.StringLiteral> schema(AttributeVisitor visitor) {
        Optional<Expression> value = visitor.visitDefaultArg("map");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof dev.shale.psl.ast.StringLiteral literal) {
            return Optional.of(literal);
        }
        Expressions.mismatch("string", value.get(), visitor.diagnostics());
        return Optional.empty();
    }
}
