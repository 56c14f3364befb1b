package dev.shale.diff;

/** How a column's type change can be made. */
public enum TypeChange {
    /** Every value converts. */
    SAFE_CAST,
    /** Values convert, but some may fail or lose precision (a warning). */
    RISKY_CAST,
    /** No cast exists: the column is dropped and recreated. */
    NOT_CASTABLE
}
