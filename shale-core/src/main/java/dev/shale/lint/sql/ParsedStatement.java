package dev.shale.lint.sql;

import java.util.List;

/**
 * What a statement is, with the clauses the rules look at. Statements whose kind the rules do not
 * need are {@link Other} (still known SQL); statements the classifier cannot make sense of are
 * {@link Unparsed} and are reported once as "could not parse; statement not checked".
 */
public sealed interface ParsedStatement {

    record CreateTable(QualifiedName table, boolean ifNotExists, List<ColumnDefinition> columns,
            List<String> primaryKey, boolean hasForeignKey) implements ParsedStatement {
        public CreateTable {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
        }
    }

    record CreateIndex(QualifiedName table, String name, boolean unique, boolean concurrently, boolean ifNotExists,
            List<String> columns, boolean partial) implements ParsedStatement {
        public CreateIndex {
            name = name == null ? "" : name;
            columns = List.copyOf(columns);
        }
    }

    record DropIndex(List<QualifiedName> indexes, boolean concurrently) implements ParsedStatement {
        public DropIndex {
            indexes = List.copyOf(indexes);
        }
    }

    record AlterTable(QualifiedName table, boolean ifExists, List<AlterAction> actions) implements ParsedStatement {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    record DropTable(List<QualifiedName> tables, boolean cascade) implements ParsedStatement {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    record Truncate(List<QualifiedName> tables) implements ParsedStatement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /** UPDATE or DELETE; {@code hasWhere} false means every row of the table. */
    record DataChange(Kind kind, QualifiedName table, boolean hasWhere) implements ParsedStatement {
        public enum Kind { UPDATE, DELETE, INSERT }
    }

    record Transaction(Kind kind) implements ParsedStatement {
        public enum Kind { BEGIN, COMMIT, ROLLBACK }
    }

    /** {@code SET [LOCAL|SESSION] name = value} (also {@code SET name TO value}). */
    record SetParameter(String name, String value, boolean local) implements ParsedStatement {}

    record CreateEnum(QualifiedName type, List<String> values) implements ParsedStatement {
        public CreateEnum {
            values = List.copyOf(values);
        }
    }

    /** {@code ALTER TYPE}: ADD VALUE, RENAME VALUE, RENAME TO, or another action. */
    record AlterType(QualifiedName type, Action action, String value, String newValue) implements ParsedStatement {
        public enum Action { ADD_VALUE, RENAME_VALUE, RENAME_TO, OTHER }
    }

    record DropType(List<QualifiedName> types) implements ParsedStatement {
        public DropType {
            types = List.copyOf(types);
        }
    }

    /** REINDEX, VACUUM, LOCK and other statements with a CONCURRENTLY flag or a table lock worth knowing. */
    record Maintenance(String keyword, boolean concurrently, QualifiedName table) implements ParsedStatement {}

    /** Known SQL the rules do not look into; {@code kind} is its leading keywords ({@code CREATE FUNCTION}). */
    record Other(String kind) implements ParsedStatement {}

    /** The classifier could not read the statement; {@code at} is where it gave up. */
    record Unparsed(String reason, SqlToken at) implements ParsedStatement {}
}
