package dev.shale.diff;

import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;

/**
 * Drops a foreign key of a table of the old state.
 */
public record DropForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }

    @Override
    public String description() {
        return "DropForeignKey";
    }
}
