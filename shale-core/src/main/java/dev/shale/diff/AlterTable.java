package dev.shale.diff;

import dev.shale.sql.Table;
import java.util.List;

/**
 * Changes a table in place: columns dropped, added, altered, the primary key dropped, renamed or
 * added.
 */
public record AlterTable(Table from, Table to, List<TableChange> changes) implements MigrationStep {
    public AlterTable {
        changes = List.copyOf(changes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterTable(this);
    }

    @Override
    public String description() {
        return "AlterTable";
    }
}
