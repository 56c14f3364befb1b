package dev.shale.datamodel;

/** {@code @@index}, {@code @@unique} / {@code @unique}, or {@code @@fulltext}. */
public enum IndexKind {
    NORMAL,
    UNIQUE,
    FULLTEXT;

    /** The attribute that declares it at block level. */
    public String attributeName() {
        return switch (this) {
            case NORMAL -> "@@index";
            case UNIQUE -> "@@unique";
            case FULLTEXT -> "@@fulltext";
        };
    }
}
