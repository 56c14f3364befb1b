package dev.shale.sql;

/** A referential action, with its SQL spelling. */
public enum ForeignKeyAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Parses the SQL spelling (any case, spaces or underscores). */
    public static ForeignKeyAction parse(String text) {
        String t = text.trim().toUpperCase().replace('_', ' ');
        for (ForeignKeyAction a : values()) {
            if (a.sql.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown referential action: " + text);
    }
}
