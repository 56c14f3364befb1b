package dev.shale.diff;

import dev.shale.sql.Index;
import dev.shale.sql.Table;

/**
 * Creates an index on a table of the new state; {@code onNewTable} when the table is created by
 * the same migration, {@code fromDropAndRecreate} when it comes back after its column was dropped
 * and recreated.
 */
public record CreateIndex(Table table, Index index, boolean onNewTable, boolean fromDropAndRecreate) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public String description() {
        return "CreateIndex";
    }
}
