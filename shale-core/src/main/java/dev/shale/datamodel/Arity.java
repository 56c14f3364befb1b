package dev.shale.datamodel;

/** Whether a field holds exactly one value, maybe none ({@code ?}) or a list ({@code []}). */
public enum Arity {
    REQUIRED,
    OPTIONAL,
    LIST;

    public boolean isRequired() {
        return this == REQUIRED;
    }

    public boolean isOptional() {
        return this == OPTIONAL;
    }

    public boolean isList() {
        return this == LIST;
    }
}
