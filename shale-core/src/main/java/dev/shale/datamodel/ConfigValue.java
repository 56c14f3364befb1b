package dev.shale.datamodel;

import java.util.Objects;

/** A datasource or generator property value: a string literal or {@code env("NAME")}. */
public sealed interface ConfigValue {

    /** A string written in the schema. */
    record Literal(String value) implements ConfigValue {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code env("NAME")}: the value is read from the environment variable at run time. */
    record Env(String variable) implements ConfigValue {
        public Env {
            Objects.requireNonNull(variable, "variable");
        }
    }
}
