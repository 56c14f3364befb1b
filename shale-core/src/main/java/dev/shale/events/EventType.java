package dev.shale.events;

/** What happened to a migration. */
public enum EventType {
    /** A deploy began applying the migration. */
    STARTED("started"),
    /** The migration ran to its end and is recorded as applied. */
    APPLIED("applied"),
    /** The migration failed; the history records it as failed. */
    FAILED("failed"),
    /** A failed migration was marked rolled back ({@code migrate resolve --rolled-back}). */
    ROLLED_BACK("rolled_back"),
    /** A migration was marked applied without running it ({@code migrate resolve --applied}). */
    MARKED_APPLIED("marked_applied");

    private final String jsonName;

    EventType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in the JSON event. */
    public String jsonName() {
        return jsonName;
    }
}
