package dev.shale.lint.sql;

/**
 * A column as written in {@code CREATE TABLE} or {@code ADD COLUMN}.
 *
 * @param type the type as written, normalised ({@code VARCHAR(100)}, {@code TIMESTAMP(3)}, {@code "Role"})
 * @param defaultExpression the DEFAULT expression's source text, or empty
 * @param generatedStored {@code GENERATED ALWAYS AS (...) STORED}
 * @param references the column carries an inline {@code REFERENCES} (a foreign key)
 */
public record ColumnDefinition(String name, String type, boolean notNull, String defaultExpression,
        boolean generatedStored, boolean identity, boolean primaryKey, boolean references, boolean unique,
        boolean check) {
    public ColumnDefinition {
        defaultExpression = defaultExpression == null ? "" : defaultExpression;
    }

    public boolean hasDefault() {
        return !defaultExpression.isEmpty() || identity || isSerial();
    }

    /** serial types carry an implicit {@code nextval()} default. */
    public boolean isSerial() {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        return t.equals("SERIAL") || t.equals("BIGSERIAL") || t.equals("SMALLSERIAL") || t.equals("SERIAL4")
                || t.equals("SERIAL8") || t.equals("SERIAL2");
    }
}
