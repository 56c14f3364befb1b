package dev.shale.diff;

import dev.shale.sql.Index;
import dev.shale.sql.Table;

/**
 * Drops and recreates an index that only changed its name, where the database cannot rename
 * indexes.
 */
public record RedefineIndex(Table fromTable, Index from, Table toTable, Index to) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.redefineIndex(this);
    }

    @Override
    public String description() {
        return "RedefineIndex";
    }
}
