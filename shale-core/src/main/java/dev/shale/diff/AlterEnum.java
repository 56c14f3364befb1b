package dev.shale.diff;

import dev.shale.sql.EnumType;
import java.util.List;

/**
 * Adds values to an enum, or recreates it when values are removed (PostgreSQL cannot drop enum
 * values). {@code previousDefaultUsages} are the old columns whose default uses the enum (dropped
 * first, reinstalled after); {@code nextColumns} the existing columns that keep the enum's type
 * (cast to the new type); {@code releasedColumns} the old columns of the enum's type that the
 * migration drops or retypes later (turned into text first, so the old type can be dropped).
 */
public record AlterEnum(
        EnumType from,
        EnumType to,
        List<String> addedValues,
        List<String> removedValues,
        List<EnumDefaultUsage> previousDefaultUsages,
        List<ColumnUsage> nextColumns,
        List<ColumnUsage> releasedColumns) implements MigrationStep {
    public AlterEnum {
        addedValues = List.copyOf(addedValues);
        removedValues = List.copyOf(removedValues);
        previousDefaultUsages = List.copyOf(previousDefaultUsages);
        nextColumns = List.copyOf(nextColumns);
        releasedColumns = List.copyOf(releasedColumns);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterEnum(this);
    }

    @Override
    public String description() {
        return "AlterEnum";
    }
}
