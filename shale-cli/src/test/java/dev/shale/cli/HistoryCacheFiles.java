package dev.shale.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The history states cached under a working directory's {@code .shale/cache}, for tests that need a cold cache. */
final class HistoryCacheFiles {
    private HistoryCacheFiles() {}

    /** Deletes the cached history states (not the rendered lint changes) under {@code workingDirectory}. */
    static void clear(Path workingDirectory) {
        Path cache = workingDirectory.toAbsolutePath().resolve(".shale/cache");
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("history-")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many history states are cached under {@code workingDirectory}. */
    static long count(Path workingDirectory) throws IOException {
        Path cache = workingDirectory.toAbsolutePath().resolve(".shale/cache");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("history-")).count();
        }
    }
}
