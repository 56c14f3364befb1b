package dev.shale.events;

import java.util.List;

/** Where migration events go. Publishing never fails the migration: a sink that cannot write logs a warning. */
@FunctionalInterface
public interface EventSink {
    void publish(MigrationEvent event);

    /** Drops every event. */
    EventSink NONE = event -> { };

    /** Every sink in turn. */
    static EventSink all(List<EventSink> sinks) {
        List<EventSink> copy = List.copyOf(sinks);
        return event -> copy.forEach(s -> s.publish(event));
    }
}
