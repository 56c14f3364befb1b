package dev.shale.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One migration event, written as one JSON line. The database is the masked URL, never the password.
 *
 * @param durationMillis how long the migration ran (started, marked events: null)
 * @param statements how many statements the migration has (null when not known)
 * @param error the failure, one paragraph (only for {@link EventType#FAILED})
 */
public record MigrationEvent(EventType type, Instant at, String migration, String checksum, Long durationMillis,
        Integer statements, String database, String error) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public MigrationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(database, "database");
    }

    public static MigrationEvent of(EventType type, String migration, String checksum, Duration duration, Integer statements,
            String maskedDatabase, String error) {
        return new MigrationEvent(type, Instant.now(), migration, checksum, duration == null ? null : duration.toMillis(),
                statements, maskedDatabase, error);
    }

    /** The event as one line of JSON (no line breaks), fields in a fixed order, absent values left out. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", type.jsonName());
        n.put("at", at.toString());
        n.put("migration", migration);
        if (checksum != null) {
            n.put("checksum", checksum);
        }
        if (durationMillis != null) {
            n.put("durationMs", durationMillis);
        }
        if (statements != null) {
            n.put("statements", statements);
        }
        n.put("database", database);
        if (error != null) {
            n.put("error", error);
        }
        n.put("tool", "shale");
        return n.toString();
    }
}
