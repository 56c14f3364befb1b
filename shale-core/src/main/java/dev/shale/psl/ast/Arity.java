package dev.shale.psl.ast;

/** Whether a field holds one value, maybe none ({@code ?}), or a list ({@code []}). */
public enum Arity {
    REQUIRED,
    OPTIONAL,
    LIST
}
