package dev.shale.datamodel;

import java.util.Optional;

/** {@code onDelete} / {@code onUpdate} of a relation. */
public enum ReferentialAction {
    CASCADE("Cascade", "CASCADE"),
    RESTRICT("Restrict", "RESTRICT"),
    NO_ACTION("NoAction", "NO ACTION"),
    SET_NULL("SetNull", "SET NULL"),
    SET_DEFAULT("SetDefault", "SET DEFAULT");

    private final String prismaName;
    private final String sql;

    ReferentialAction(String prismaName, String sql) {
        this.prismaName = prismaName;
        this.sql = sql;
    }

    /** As written in the schema: {@code SetNull}. */
    public String prismaName() {
        return prismaName;
    }

    /** As written in SQL: {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    public static Optional<ReferentialAction> fromSchema(String name) {
        for (ReferentialAction action : values()) {
            if (action.prismaName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
