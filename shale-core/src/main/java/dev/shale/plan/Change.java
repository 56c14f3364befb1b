package dev.shale.plan;

import dev.shale.diff.TypeChange;
import dev.shale.sql.Column;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Index;
import dev.shale.sql.Table;
import java.util.List;

/**
 * One unsafe part of the pending change: something the differ would do in one migration that a
 * running application or a filled table does not survive. The planner turns each into ordered
 * phases; everything not listed here is safe and goes into the ordinary migration.
 */
public sealed interface Change {

    /** The table the change is about (for row counts and messages). */
    Table table();

    /** One line for the command's summary and the README: {@code required column "User"."slug" added}. */
    String summary();

    /** A NOT NULL column without a default on an existing table: the migration fails where the table has rows. */
    record RequiredColumnAdded(Table table, Column column) implements Change {
        @Override
        public String summary() {
            return "required column " + Names.column(table, column.name()) + " added without a default";
        }
    }

    /** An existing nullable column made NOT NULL: fails while rows hold NULL, and scans the table under a lock. */
    record ColumnMadeRequired(Table table, Column from, Column to) implements Change {
        @Override
        public String summary() {
            return "column " + Names.column(table, to.name()) + " made required";
        }
    }

    /** A column dropped: the running application may still read or write it. */
    record ColumnRemoved(Table table, Column column) implements Change {
        @Override
        public String summary() {
            return "column " + Names.column(table, column.name()) + " removed";
        }
    }

    /** A column's type changed in a way that converts (and usually rewrites) every row. */
    record ColumnTypeChanged(Table table, Table toTable, Column from, Column to, TypeChange cast) implements Change {
        @Override
        public String summary() {
            return "column " + Names.column(table, to.name()) + " changes type";
        }
    }

    /** An index built on a table that already exists: blocks writes for the whole build. */
    record IndexAdded(Table table, Index index) implements Change {
        @Override
        public String summary() {
            return (index.isUnique() ? "unique index " : "index ") + Names.quote(index.name()) + " on existing table "
                    + Names.quote(table.name());
        }
    }

    /** A foreign key on a table that already exists: validated while both tables are locked against writes. */
    record ForeignKeyAdded(Table table, ForeignKey foreignKey) implements Change {
        @Override
        public String summary() {
            return "foreign key " + Names.quote(foreignKey.name()) + " on existing table " + Names.quote(table.name());
        }
    }

    /** A table dropped with its rows. */
    record TableDropped(Table table) implements Change {
        @Override
        public String summary() {
            return "table " + Names.quote(table.name()) + " dropped";
        }
    }

    /**
     * Enum values removed. {@code columns} are the columns of the enum's type in the new state (with
     * the table they belong to), where rows may still hold a removed value.
     */
    record EnumValuesRemoved(Table table, EnumType from, EnumType to, List<String> removed, List<UsedBy> columns)
            implements Change {
        public EnumValuesRemoved {
            removed = List.copyOf(removed);
            columns = List.copyOf(columns);
        }

        @Override
        public String summary() {
            return "value" + (removed.size() == 1 ? " " : "s ") + String.join(", ", removed) + " removed from enum "
                    + Names.quote(from.name());
        }

        /** A column of the enum's type. */
        public record UsedBy(Table table, Column column) {}
    }

    /** The primary key's columns changed: its index is rebuilt and the table locked while it is. */
    record PrimaryKeyChanged(Table table, Table toTable) implements Change {
        @Override
        public String summary() {
            return "primary key of " + Names.quote(table.name()) + " changed";
        }
    }
}
