package dev.shale.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event to the {@code dev.shale.events} SLF4J logger at info level (a failure is reported
 * to the user by the command itself; the log line is for log collectors).
 */
public final class LoggingEventSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger("dev.shale.events");

    @Override
    public void publish(MigrationEvent event) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{}", event.toJson());
        }
    }
}
