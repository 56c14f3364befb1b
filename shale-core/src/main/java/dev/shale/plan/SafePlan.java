package dev.shale.plan;

import java.util.List;

/**
 * What {@code shale migrate plan} writes: the migrations in deploy order, the unsafe changes they
 * take apart, the columns whose fill value nobody gave yet (the plan cannot be written until they
 * are given), and notes for the person running the command (data that will make a phase fail).
 */
public record SafePlan(String name, List<PlannedMigration> migrations, List<Change> changes, List<MissingValue> missing,
        List<String> notes) {

    public SafePlan {
        migrations = List.copyOf(migrations);
        changes = List.copyOf(changes);
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
    }

    /** True when no unsafe change was found: the plan is one ordinary migration. */
    public boolean onlySafeChanges() {
        return changes.isEmpty();
    }

    /**
     * A column the plan must fill without knowing with what.
     *
     * @param key {@code table.column}, as {@code --backfill} takes it
     * @param type the column's type, for the message
     * @param why why it must be filled
     * @param hint a likely value, or empty ({@code "legacy"} when a column of the same type is removed beside it)
     */
    public record MissingValue(String key, String type, String why, String hint) {}
}
