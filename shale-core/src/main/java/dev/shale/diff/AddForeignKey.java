package dev.shale.diff;

import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;

/**
 * Adds a foreign key to a table of the new state.
 */
public record AddForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addForeignKey(this);
    }

    @Override
    public String description() {
        return "AddForeignKey";
    }
}
