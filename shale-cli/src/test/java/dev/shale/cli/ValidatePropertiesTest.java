package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.Span;
import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.validate.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;

/**
 * Real schemas (Prisma's validation corpus and examples/) with random edits, fed to
 * {@code shale validate} in-process: it never throws, never hangs, ends with exit 0 or 1, and every
 * diagnostic points inside the file.
 */
class ValidatePropertiesTest {
    private static final List<String> SEEDS = seeds();
    private static Path dir;

    /** Snippets that stress the lexer, the parser and the attribute checks. */
    private static final String[] SNIPPETS = {
        "{", "}", "(", ")", "[", "]", "\"", ",", ":", "=", "?", "@", "@@", ".", "//", "///", "/*", "*/", "\n", "\r\n", "\t",
        " @id", " @unique", " @default(1)", " @default(\"x\")", " @default(now())", " @default(autoincrement())",
        " @default(dbgenerated(\"x\"))", " @default([1, 2])", " @updatedAt", " @ignore", " @map(\"m\")", " @db.VarChar(10)",
        " @db.Decimal(5, 2)", " @relation(fields: [a], references: [id])", " @relation(\"r\")", " @@id([id])",
        " @@index([id(sort: Desc)], type: Gin)", " @@unique([a, b], name: \"n\")", " @@map(\"t\")", " @@ignore",
        " @@schema(\"s\")", " @@fulltext([a])", " Int", " String?", " Json[]", " Unsupported(\"x\")", " env(\"X\")",
        "model M {\n  id Int @id\n}\n", "enum E {\n  A\n}\n", "type T {\n  a Int\n}\n", "view V {\n  id Int @unique\n}\n",
        "datasource db {\n  provider = \"mongodb\"\n}\n", "generator g {\n  provider = \"x\"\n}\n", "\u0000", "\u00e9", "\uD83D\uDE80",
        "\u200B", "\\", "'", "1e400", "-0", "99999999999999999999999",
    };

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("shale-validate-props");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 400)
    void mutatedSchemasNeverCrash(@ForAll("mutatedSchemas") String text) throws IOException {
        Path file = dir.resolve("schema.prisma");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                ShaleCli.run(new String[] {"validate", "--schema", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)));
        assertThat(err.toString()).doesNotContain("internal error").doesNotContain("\tat ");
        boolean blank = text.isBlank();
        assertThat(exit).as(err.toString()).isIn(blank ? List.of(1) : List.of(0, 1));

        SourceFile source = new SourceFile("schema.prisma", text);
        ValidationResult result = Psl.validate(List.of(source));
        if (!blank) {
            assertThat(exit).isEqualTo(result.hasErrors() ? 1 : 0);
        }
        assertThat(result.datamodel().isPresent()).isEqualTo(!result.hasErrors());
        for (Diagnostic d : result.diagnostics()) {
            Span s = d.span();
            assertThat(s.file()).isEqualTo("schema.prisma");
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
            assertThat(s.line()).isBetween(1, source.lineCount());
            assertThat(s.endLine()).isBetween(s.line(), source.lineCount());
            assertThat(s.column()).isPositive();
            assertThat(s.endColumn()).isPositive();
            assertThat(d.message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutatedSchemas() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1)
                .flatMap(seed -> Arbitraries.longs().map(random -> mutate(SEEDS.get(seed), new Random(random))));
    }

    /** One to six edits: delete, duplicate or move a range, insert a snippet, drop or repeat a line. */
    static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int length = text.length();
            int at = length == 0 ? 0 : random.nextInt(length + 1);
            switch (random.nextInt(6)) {
                case 0 -> { // delete a short range
                    int end = Math.min(length, at + 1 + random.nextInt(12));
                    text.delete(Math.min(at, end), end);
                }
                case 1 -> { // duplicate a range
                    int end = Math.min(length, at + random.nextInt(40));
                    text.insert(end, text.substring(at, end));
                }
                case 2, 3 -> text.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 4 -> { // drop a whole line
                    int start = text.lastIndexOf("\n", Math.max(0, at - 1));
                    int end = text.indexOf("\n", at);
                    if (start >= 0 && end > start) {
                        text.delete(start, end);
                    }
                }
                default -> { // replace a character
                    if (length > 0) {
                        int pos = Math.min(at, length - 1);
                        if (!Character.isSurrogate(text.charAt(pos))) {
                            String chars = "{}()[]\"@ \n=,?.a1_";
                            text.setCharAt(pos, chars.charAt(random.nextInt(chars.length())));
                        }
                    }
                }
            }
        }
        // A range edit can split a surrogate pair (the seeds hold emoji); a file holds UTF-8, which has no
        // lone surrogates, so each becomes '?' as an editor saving the file would write it. (Invalid UTF-8
        // bytes are tested on their own, in ValidateCommandTest and FormatCommandTest.)
        return new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        try {
            Path root = Path.of("").toAbsolutePath();
            while (root != null && !Files.isDirectory(root.resolve("examples"))) {
                root = root.getParent();
            }
            List<Path> dirs = new ArrayList<>();
            if (root != null) {
                dirs.add(root.resolve("examples"));
            }
            String shared = System.getProperty("shale.shared");
            if (shared != null) {
                dirs.add(Path.of(shared, "peer-corpus/prisma-engines/psl/psl/tests/validation"));
            }
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(d)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".prisma")).sorted().toList()) {
                        seeds.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (seeds.isEmpty()) {
            seeds.add(ValidateCommandTest.VALID);
        }
        return seeds;
    }
}
