package dev.shale.sql;

/**
 * A column.
 *
 * @param name the column name
 * @param type the full type (family, native type, enum reference)
 * @param arity required (NOT NULL), nullable, or a list (PostgreSQL array, never NOT NULL in
 *     Prisma's rendering)
 * @param defaultValue the default, or {@code null}
 * @param autoincrement SERIAL (PostgreSQL), AUTO_INCREMENT (MySQL) or the rowid alias with
 *     AUTOINCREMENT (SQLite). {@code @updatedAt} has no database effect and is not modelled.
 */
public record Column(String name, ColumnType type, Arity arity, ColumnDefault defaultValue, boolean autoincrement) {

    public Column {
        if (name == null || type == null || arity == null) {
            throw new IllegalArgumentException("a column needs a name, a type and an arity");
        }
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, Arity.REQUIRED, null, false);
    }

    public static Column nullable(String name, ColumnType type) {
        return new Column(name, type, Arity.NULLABLE, null, false);
    }

    public Column withDefault(ColumnDefault newDefault) {
        return new Column(name, type, arity, newDefault, autoincrement);
    }

    public Column withArity(Arity newArity) {
        return new Column(name, type, newArity, defaultValue, autoincrement);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, arity, defaultValue, autoincrement);
    }

    public Column withAutoincrement(boolean newAutoincrement) {
        return new Column(name, type, arity, defaultValue, newAutoincrement);
    }

    public boolean isRequired() {
        return arity == Arity.REQUIRED;
    }
}
