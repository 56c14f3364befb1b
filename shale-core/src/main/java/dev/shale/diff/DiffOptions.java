package dev.shale.diff;

import java.util.Set;

/**
 * Extra knowledge the differ can use.
 *
 * @param virtualDefaultColumns columns of the new state whose default exists only in Prisma
 *     ({@code cuid()}, {@code uuid()}, {@code nanoid()}), as {@code table.column}; adding such a
 *     required column to a filled table gets its own message
 */
public record DiffOptions(Set<String> virtualDefaultColumns) {

    public DiffOptions {
        virtualDefaultColumns = Set.copyOf(virtualDefaultColumns);
    }

    public static DiffOptions none() {
        return new DiffOptions(Set.of());
    }
}
