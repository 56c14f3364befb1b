package dev.shale.diff;

import dev.shale.sql.Table;

/**
 * Drops a table.
 */
public record DropTable(Table table) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public String description() {
        return "DropTable";
    }
}
