package dev.shale.diff;

import dev.shale.sql.Index;
import dev.shale.sql.Table;

/**
 * Drops an index of a table of the old state.
 */
public record DropIndex(Table table, Index index) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public String description() {
        return "DropIndex";
    }
}
