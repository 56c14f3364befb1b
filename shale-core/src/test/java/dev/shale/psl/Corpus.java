package dev.shale.psl;

import dev.shale.psl.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prisma's schema-language test corpus (Apache-2.0, see ../shared/peer-corpus/LICENSE-NOTE.md):
 * the validation cases with their expected diagnostics and the reformat pairs. Found through the
 * {@code shale.shared} system property (set by surefire) or the nearest ancestor holding {@code shared/}.
 */
public final class Corpus {
    private Corpus() {}

    public static final String ANSI = "\u001b\\[[0-9;]*m";

    /** {@code .../peer-corpus/prisma-engines/psl/psl/tests}. */
    public static Path testsRoot() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("shale.shared");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared"));
            candidates.add(dir.resolve("../shared"));
        }
        for (Path shared : candidates) {
            Path tests = shared.resolve("peer-corpus/prisma-engines/psl/psl/tests").normalize();
            if (Files.isDirectory(tests)) {
                return tests;
            }
        }
        throw new IllegalStateException("Prisma's test corpus not found: set -Dshale.shared=/path/to/shared (looked in " + candidates + ")");
    }

    /** One expected diagnostic: severity, message (ANSI stripped), 1-based line, and the block exactly as Prisma printed it. */
    public record Expected(Severity severity, String message, int line, String renderedAnsi) {}

    /** A validation case: the whole file is the schema; its trailing comment block is the expected output. */
    public record ValidationCase(String name, String text, List<Expected> expected) {
        public SourceFile source() {
            return new SourceFile("schema.prisma", text);
        }
    }

    public static List<ValidationCase> validationCases() {
        Path root = testsRoot().resolve("validation");
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
            List<ValidationCase> cases = new ArrayList<>();
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                cases.add(new ValidationCase(root.relativize(file).toString(), text, expectedBlock(text)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the trailing {@code // } block into diagnostics (each from its title line to its last gutter line). */
    static List<Expected> expectedBlock(String text) {
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isEmpty()) {
            last--;
        }
        int first = last;
        while (first >= 0 && lines[first].startsWith("//")) {
            first--;
        }
        first++;
        List<String> block = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String line = lines[i];
            block.add(line.startsWith("// ") ? line.substring(3) : line.substring(2));
        }
        List<Expected> expected = new ArrayList<>();
        int i = 0;
        while (i < block.size()) {
            String plain = block.get(i).replaceAll(ANSI, "");
            Severity severity = plain.startsWith("error: ") ? Severity.ERROR : plain.startsWith("warning: ") ? Severity.WARNING : null;
            if (severity == null) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder message = new StringBuilder(plain.substring(severity.label().length() + 2));
            i++;
            while (i < block.size() && !block.get(i).replaceAll(ANSI, "").startsWith("  -->  ")) {
                message.append('\n').append(block.get(i).replaceAll(ANSI, ""));
                i++;
            }
            if (i >= block.size()) {
                break;
            }
            String location = block.get(i).replaceAll(ANSI, "");
            int line = Integer.parseInt(location.substring(location.lastIndexOf(':') + 1).trim());
            i++;
            while (i < block.size() && !isTitle(block.get(i))) {
                i++;
            }
            expected.add(new Expected(severity, message.toString(), line, String.join("\n", block.subList(start, i)) + "\n"));
        }
        return expected;
    }

    private static boolean isTitle(String line) {
        String plain = line.replaceAll(ANSI, "");
        return plain.startsWith("error: ") || plain.startsWith("warning: ");
    }

    /** A reformat case: input files and the expected output files, by file name. */
    public record ReformatCase(String name, List<SourceFile> input, List<SourceFile> expected) {}

    public static List<ReformatCase> reformatCases() {
        Path root = testsRoot();
        List<ReformatCase> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve("reformatter"))) {
            for (Path input : walk.filter(p -> p.toString().endsWith(".prisma") && !p.toString().endsWith(".reformatted.prisma"))
                    .sorted().toList()) {
                Path output = Path.of(input.toString().replace(".prisma", ".reformatted.prisma"));
                cases.add(new ReformatCase(root.relativize(input).toString(),
                        List.of(new SourceFile("schema.prisma", Files.readString(input))),
                        List.of(new SourceFile("schema.prisma", Files.readString(output)))));
            }
            Path multi = root.resolve("reformatter_multi_file");
            try (Stream<Path> dirs = Files.list(multi)) {
                for (Path dir : dirs.filter(d -> Files.isDirectory(d) && !d.toString().endsWith(".reformatted")).sorted().toList()) {
                    cases.add(new ReformatCase(root.relativize(dir).toString(), folder(dir),
                            folder(Path.of(dir + ".reformatted"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<SourceFile> folder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<SourceFile> out = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".prisma")).sorted().toList()) {
                out.add(new SourceFile(file.getFileName().toString(), Files.readString(file)));
            }
            return out;
        }
    }
}
