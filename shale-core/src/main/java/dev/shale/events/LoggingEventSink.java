package dev.shale.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each event to the {@code dev.shale.events} SLF4J logger: failures as errors, the rest at info. */
public final class LoggingEventSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger("dev.shale.events");

    @Override
    public void publish(MigrationEvent event) {
        if (event.type() == EventType.FAILED) {
            LOG.error("{}", event.toJson());
        } else if (LOG.isInfoEnabled()) {
            LOG.info("{}", event.toJson());
        }
    }
}
