package dev.shale.sql;

/** Whether a column is NOT NULL, nullable, or a list (array). Names follow Prisma's summaries. */
public enum Arity {
    REQUIRED("Required"),
    NULLABLE("Nullable"),
    LIST("List");

    private final String label;

    Arity(String label) {
        this.label = label;
    }

    /** The word Prisma prints in a diff summary ("changed from Required to List"). */
    public String label() {
        return label;
    }
}
