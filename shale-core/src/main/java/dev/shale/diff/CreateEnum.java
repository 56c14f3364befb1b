package dev.shale.diff;

import dev.shale.sql.EnumType;

/**
 * Creates an enum type (PostgreSQL).
 */
public record CreateEnum(EnumType type) implements MigrationStep {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createEnum(this);
    }

    @Override
    public String description() {
        return "CreateEnum";
    }
}
