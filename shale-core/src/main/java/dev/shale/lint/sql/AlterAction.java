package dev.shale.lint.sql;

import java.util.List;

/** One action of an {@code ALTER TABLE} (Prisma writes several, comma-separated, in one statement). */
public sealed interface AlterAction {
    /** Where the action starts in the file. */
    SqlToken at();

    record AddColumn(SqlToken at, ColumnDefinition column, boolean ifNotExists) implements AlterAction {}

    record DropColumn(SqlToken at, String column, boolean ifExists) implements AlterAction {}

    record AlterColumnType(SqlToken at, String column, String newType, String using) implements AlterAction {}

    record SetNotNull(SqlToken at, String column) implements AlterAction {}

    record DropNotNull(SqlToken at, String column) implements AlterAction {}

    record SetDefault(SqlToken at, String column, String expression) implements AlterAction {}

    record DropDefault(SqlToken at, String column) implements AlterAction {}

    enum ConstraintKind { FOREIGN_KEY, CHECK, UNIQUE, PRIMARY_KEY, EXCLUDE, OTHER }

    /**
     * {@code ADD [CONSTRAINT name] ...}.
     *
     * @param usingIndex {@code UNIQUE|PRIMARY KEY USING INDEX idx}: adopts an index built beforehand
     * @param checkExpression the CHECK expression's source text, or empty
     */
    record AddConstraint(SqlToken at, String name, ConstraintKind kind, boolean notValid, boolean usingIndex,
            List<String> columns, String checkExpression, QualifiedName referencedTable) implements AlterAction {
        public AddConstraint {
            name = name == null ? "" : name;
            columns = List.copyOf(columns);
            checkExpression = checkExpression == null ? "" : checkExpression;
        }
    }

    record ValidateConstraint(SqlToken at, String name) implements AlterAction {}

    record DropConstraint(SqlToken at, String name, boolean ifExists) implements AlterAction {}

    record RenameColumn(SqlToken at, String from, String to) implements AlterAction {}

    record RenameTable(SqlToken at, String to) implements AlterAction {}

    /** Anything else (SET (fillfactor ...), OWNER TO, ENABLE TRIGGER ...), kept as source text. */
    record Other(SqlToken at, String text) implements AlterAction {}
}
