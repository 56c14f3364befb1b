package dev.shale.diff;

import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;

/**
 * Renames a foreign key that only changed its name ({@code table} is the old table).
 */
public record RenameForeignKey(Table table, ForeignKey from, ForeignKey to) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameForeignKey(this);
    }

    @Override
    public String description() {
        return "RenameForeignKey";
    }
}
