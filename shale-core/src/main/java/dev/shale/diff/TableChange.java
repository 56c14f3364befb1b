package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.PrimaryKey;
import java.util.Set;

/**
 * One change inside an {@link AlterTable}, in Prisma's order (see {@link StepOrder}).
 */
public sealed interface TableChange {

    record DropPrimaryKey(PrimaryKey primaryKey) implements TableChange {}

    record RenamePrimaryKey(PrimaryKey from, PrimaryKey to) implements TableChange {}

    record DropColumn(Column column) implements TableChange {}

    /** A new column; {@code hasVirtualDefault} when its default lives only in Prisma (cuid(), uuid()). */
    record AddColumn(Column column, boolean hasVirtualDefault) implements TableChange {}

    /**
     * A column changed in place. {@code dropSequence} names the sequence to drop with the default
     * when the column stops being SERIAL and no other column uses it (PostgreSQL), else {@code null}.
     */
    record AlterColumn(Column from, Column to, Set<ColumnChange> changes, TypeChange typeChange, String dropSequence)
            implements TableChange {
        public AlterColumn {
            changes = Set.copyOf(changes);
        }
    }

    /** A column whose type cannot be cast: dropped and added again. */
    record DropAndRecreateColumn(Column from, Column to, Set<ColumnChange> changes) implements TableChange {
        public DropAndRecreateColumn {
            changes = Set.copyOf(changes);
        }
    }

    record AddPrimaryKey(PrimaryKey primaryKey) implements TableChange {}
}
