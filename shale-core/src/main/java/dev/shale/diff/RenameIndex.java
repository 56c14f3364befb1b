package dev.shale.diff;

import dev.shale.sql.Index;
import dev.shale.sql.Table;

/**
 * Renames an index that only changed its name ({@code table} is the old table).
 */
public record RenameIndex(Table table, Index from, Index to) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameIndex(this);
    }

    @Override
    public String description() {
        return "RenameIndex";
    }
}
