package dev.shale.cli;

import dev.shale.events.EventSink;
import dev.shale.events.FailureAlert;
import dev.shale.events.JsonLinesEventLog;
import dev.shale.events.LoggingEventSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --events FILE} and {@code --on-failure CMD}: where migration events go. */
final class EventOptions {
    @Option(names = "--events", paramLabel = "FILE", description = "Append one JSON line per migration event here (default: .shale/events.jsonl).")
    Path events;

    @Option(names = "--on-failure", paramLabel = "CMD",
            description = "Run CMD (through the shell) when a migration fails, with the event JSON in $SHALE_EVENT.")
    String onFailure;

    EventSink sink(Path workingDirectory) {
        List<EventSink> sinks = new ArrayList<>();
        sinks.add(new JsonLinesEventLog(events != null ? events : workingDirectory.resolve(".shale").resolve("events.jsonl")));
        sinks.add(new LoggingEventSink());
        if (onFailure != null && !onFailure.isBlank()) {
            sinks.add(new FailureAlert(onFailure, Duration.ofSeconds(60)));
        }
        return EventSink.all(sinks);
    }
}
