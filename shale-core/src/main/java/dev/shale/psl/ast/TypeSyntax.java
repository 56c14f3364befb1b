package dev.shale.psl.ast;

/** How a field type was written, including the legacy forms Prisma rejects (the formatter rewrites those). */
public enum TypeSyntax {
    /** {@code Type} */
    PLAIN,
    /** {@code Type?} */
    OPTIONAL,
    /** {@code Type[]} */
    LIST,
    /** {@code Type[]?}: rejected, "Optional lists are not supported". */
    OPTIONAL_LIST,
    /** {@code Type!}: rejected, a Prisma 1 form. */
    LEGACY_REQUIRED,
    /** {@code [Type]}: rejected, a Prisma 1 form. */
    LEGACY_LIST;

    /** Whether Prisma accepts this form. */
    public boolean valid() {
        return this == PLAIN || this == OPTIONAL || this == LIST;
    }
}
