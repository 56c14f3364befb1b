package dev.shale.diff;

import dev.shale.sql.Table;

/**
 * Creates a table (with its foreign keys inline on SQLite, its indexes inline on MySQL).
 */
public record CreateTable(Table table) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createTable(this);
    }

    @Override
    public String description() {
        return "CreateTable";
    }
}
