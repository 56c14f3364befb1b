package dev.shale.diff;

import java.util.List;

/** SQLite: recreates tables whose change ALTER TABLE cannot make, copying the data, with foreign key checks deferred. */
public record RedefineTables(List<RedefineTable> tables) implements MigrationStep {
    public RedefineTables {
        tables = List.copyOf(tables);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.redefineTables(this);
    }

    @Override
    public String description() {
        return "RedefineTables";
    }
}
