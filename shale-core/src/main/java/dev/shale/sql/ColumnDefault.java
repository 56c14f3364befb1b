package dev.shale.sql;

/**
 * A column default.
 *
 * @param kind what the default is
 * @param constraintName the name of the default constraint where the database names defaults
 *     (SQL Server); {@code null} elsewhere
 */
public record ColumnDefault(DefaultKind kind, String constraintName) {

    public ColumnDefault {
        if (kind == null) {
            throw new IllegalArgumentException("a default needs a kind");
        }
    }

    public static ColumnDefault of(DefaultKind kind) {
        return new ColumnDefault(kind, null);
    }

    public static ColumnDefault value(Value value) {
        return new ColumnDefault(new DefaultKind.Literal(value), null);
    }

    public static ColumnDefault now() {
        return new ColumnDefault(new DefaultKind.Now(), null);
    }

    public static ColumnDefault dbgenerated(String expression) {
        return new ColumnDefault(new DefaultKind.DbGenerated(expression), null);
    }

    public static ColumnDefault sequence(String sequenceName) {
        return new ColumnDefault(new DefaultKind.SequenceNext(sequenceName), null);
    }
}
