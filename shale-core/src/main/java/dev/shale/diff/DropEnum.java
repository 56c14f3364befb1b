package dev.shale.diff;

import dev.shale.sql.EnumType;

/**
 * Drops an enum type (PostgreSQL).
 */
public record DropEnum(EnumType type) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropEnum(this);
    }

    @Override
    public String description() {
        return "DropEnum";
    }
}
