package dev.shale.diff;

import dev.shale.sql.Column;
import java.util.Set;

/**
 * A column present before and after, with what changed and how its type converts ({@code null}:
 * unchanged).
 */
public record ColumnPair(Column from, Column to, Set<ColumnChange> changes, TypeChange typeChange) {
    public ColumnPair {
        changes = Set.copyOf(changes);
    }
}
