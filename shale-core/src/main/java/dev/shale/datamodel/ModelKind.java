package dev.shale.datamodel;

/** A {@code model} block (a table or collection) or a {@code view} block. */
public enum ModelKind {
    MODEL,
    VIEW
}
