package dev.shale.psl;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the schema the way Prisma does: {@code --schema PATH} (a file, or a folder
 * whose {@code .prisma} files, searched recursively and sorted by path, form one schema), else
 * {@code prisma/schema.prisma}, else {@code schema.prisma}, relative to the working directory.
 * Files must be valid UTF-8. File names are shown relative to the working directory.
 */
public final class SchemaLoader {
    private final Path workingDirectory;

    public SchemaLoader(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The default locations, in the order they are tried. */
    public static final List<String> DEFAULT_LOCATIONS = List.of("prisma/schema.prisma", "schema.prisma");

    /**
     * Loads the schema named by {@code schemaOption} (may be {@code null}: the default
     * locations). A missing path is a usage error (exit 2); unreadable or invalid UTF-8 content
     * is a problem (exit 1).
     */
    public List<SourceFile> load(String schemaOption) {
        if (schemaOption == null || schemaOption.isBlank()) {
            for (String candidate : DEFAULT_LOCATIONS) {
                Path path = workingDirectory.resolve(candidate);
                if (Files.isRegularFile(path)) {
                    return List.of(read(path));
                }
            }
            throw ShaleException.usage("Could not find a schema: looked for " + String.join(" and ", DEFAULT_LOCATIONS)
                    + " in " + workingDirectory + ". Pass --schema PATH (a .prisma file or a folder of them).");
        }
        Path path = workingDirectory.resolve(schemaOption).normalize();
        if (Files.isDirectory(path)) {
            List<SourceFile> files = readFolder(path);
            if (files.isEmpty()) {
                throw ShaleException.usage("The schema folder " + schemaOption + " has no .prisma files (searched it and its subfolders).");
            }
            return files;
        }
        if (!Files.isRegularFile(path)) {
            throw ShaleException.usage("The schema " + schemaOption + " does not exist (looked for a .prisma file or a folder of them at "
                    + path + ").");
        }
        return List.of(read(path));
    }

    private List<SourceFile> readFolder(Path folder) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = new ArrayList<>(walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".prisma"))
                    .sorted()
                    .toList());
        } catch (IOException | UncheckedIOException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "Cannot read the schema folder " + display(folder) + ": " + e.getMessage(), e);
        }
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(read(path));
        }
        return files;
    }

    /** Reads one file as strict UTF-8. */
    public SourceFile read(Path path) {
        String name = display(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "Cannot read the schema file " + name + ": " + e.getMessage(), e);
        }
        return new SourceFile(name, decodeUtf8(name, bytes));
    }

    /** Decodes strict UTF-8; an invalid sequence is an error naming the file, the byte offset and the line. */
    public static String decodeUtf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw ShaleException.problems(String.format("The schema file %s is not valid UTF-8: invalid byte 0x%02X at byte offset %d (line %d).",
                    name, bytes[offset] & 0xFF, offset, line));
        }
        out.flip();
        return out.toString();
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(workingDirectory)) {
            return workingDirectory.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }
}
