package dev.shale.pull;

/**
 * A name in the schema and the database name it maps to.
 *
 * @param name the Prisma name
 * @param mapped the database name for {@code @map}/{@code @@map}, or {@code null} when it is the same
 * @param fromPrevious whether the existing schema chose this name
 */
record PslName(String name, String mapped, boolean fromPrevious) {

    static PslName plain(String name) {
        return new PslName(name, null, false);
    }
}
