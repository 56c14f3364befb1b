package dev.shale.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON line per event to a file ({@code .shale/events.jsonl} by default). Each line is written
 * under a file lock in one write, so deploys running at once never interleave their lines.
 */
public final class JsonLinesEventLog implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesEventLog.class);
    /** File locks guard against other processes; threads of this one take turns here first. */
    private static final Object IN_PROCESS = new Object();
    private final Path file;

    public JsonLinesEventLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    @Override
    public void publish(MigrationEvent event) {
        byte[] line = (event.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (IN_PROCESS) {
            write(line);
        }
    }

    private void write(byte[] line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
                    FileLock ignored = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not write the migration event to {}: {}", file, e.getMessage());
        }
    }
}
