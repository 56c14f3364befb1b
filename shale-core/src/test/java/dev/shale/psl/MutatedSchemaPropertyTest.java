package dev.shale.psl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.psl.format.Formatter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Real schemas (Prisma's corpus), mutated at random: characters and lines deleted, inserted
 * and duplicated, text truncated, braces, brackets, quotes, comment markers and NUL injected,
 * invalid UTF-8 bytes. Parsing and formatting never throw and never hang; for every schema that
 * parses without errors, the layout is idempotent whenever its output parses without errors
 * too, and formatting reaches a fixed point within three runs (Prisma's formatter, which Shale
 * follows byte for byte, is not idempotent in a few corner cases).
 */
class MutatedSchemaPropertyTest {
    private static final List<String> SCHEMAS = loadSchemas();
    private static final String[] INJECTIONS = {"{", "}", "[", "]", "(", ")", "\"", "\\", "//", "/*", "*/", "///",
        "@", "@@", "\u0000", "\n", "\r\n", "\r", "\t", "=", ":", ",", "?", "!", "model X {\n", "}\n", "é", "😀", "\u00a0"};
    /** A guard against hangs only (the parser is linear; this is not a speed target). */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static List<String> loadSchemas() {
        List<String> schemas = new ArrayList<>();
        Corpus.validationCases().forEach(c -> schemas.add(c.text()));
        Corpus.reformatCases().forEach(c -> c.input().forEach(f -> schemas.add(f.text())));
        return schemas;
    }

    @Provide
    Arbitrary<String> mutatedSchemas() {
        return Arbitraries.integers().between(0, SCHEMAS.size() - 1)
                .flatMap(index -> Arbitraries.longs().map(seed -> mutate(SCHEMAS.get(index), new Random(seed))));
    }

    static String mutate(String schema, Random random) {
        StringBuilder text = new StringBuilder(schema);
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> { // delete characters
                    int end = Math.min(text.length(), at + 1 + random.nextInt(5));
                    text.delete(Math.min(at, text.length()), end);
                }
                case 1 -> text.insert(at, INJECTIONS[random.nextInt(INJECTIONS.length)]);
                case 2 -> { // duplicate characters
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(at, text.substring(Math.min(at, text.length()), end));
                }
                case 3 -> text.setLength(Math.min(text.length(), at)); // truncate
                case 4 -> { // delete a line
                    int start = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int end = text.indexOf("\n", at);
                    text.delete(start, end < 0 ? text.length() : end + 1);
                }
                case 5 -> { // duplicate a line
                    int start = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int end = text.indexOf("\n", at);
                    String line = text.substring(start, end < 0 ? text.length() : end + 1);
                    text.insert(start, line.endsWith("\n") ? line : line + "\n");
                }
                default -> text.insert(at, (char) random.nextInt(0x3000)); // a random character
            }
        }
        return text.toString();
    }

    @Property(tries = 400)
    void parsingAndFormattingNeverFailOnMutatedSchemas(@ForAll("mutatedSchemas") String text) {
        SourceFile file = new SourceFile("schema.prisma", text);
        ParsedSchema parsed = assertTimeoutPreemptively(HANG_GUARD, () -> Psl.parse(file));
        assertThat(parsed.files()).hasSize(1);
        for (var d : parsed.diagnostics()) {
            assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
        }
        String formatted = assertTimeoutPreemptively(HANG_GUARD, () -> Formatter.format(text));
        assertThat(formatted).endsWith("\n");
        if (!parsed.hasErrors()) {
            // Prisma's layout is idempotent on what it produces, except where it turns a line into a
            // syntax error (`key =` loses its `=`): then the next run settles it.
            String layout = Formatter.layout(file);
            SourceFile laidOut = new SourceFile("schema.prisma", layout);
            if (!Psl.parse(laidOut).hasErrors()) {
                assertThat(Formatter.layout(laidOut)).as("layout is idempotent").isEqualTo(layout);
            }
            assertThat(fixedPointWithin(formatted, 3)).as("formatting reaches a fixed point").isTrue();
        }
    }

    /** Prisma's formatter is idempotent except where the relation fields it adds create a new missing relation; it settles within a few rounds. */
    private static boolean fixedPointWithin(String formatted, int rounds) {
        String current = formatted;
        for (int i = 0; i < rounds; i++) {
            String next = Formatter.format(current);
            if (next.equals(current)) {
                return true;
            }
            current = next;
        }
        return false;
    }

    @Property(tries = 200)
    void invalidUtf8IsAClearErrorNeverACrash(@ForAll("mutatedSchemas") String text, @ForAll("badBytes") byte[] bad) {
        byte[] valid = text.getBytes(StandardCharsets.UTF_8);
        assertThat(SchemaLoader.decodeUtf8("schema.prisma", valid)).isEqualTo(new String(valid, StandardCharsets.UTF_8));
        int at = valid.length == 0 ? 0 : Math.abs(text.hashCode()) % valid.length;
        byte[] broken = new byte[valid.length + bad.length];
        System.arraycopy(valid, 0, broken, 0, at);
        System.arraycopy(bad, 0, broken, at, bad.length);
        System.arraycopy(valid, at, broken, at + bad.length, valid.length - at);
        assertThatThrownBy(() -> SchemaLoader.decodeUtf8("prisma/schema.prisma", broken))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.PROBLEMS);
                    assertThat(e.getMessage()).contains("prisma/schema.prisma").contains("byte offset");
                });
    }

    @Provide
    Arbitrary<byte[]> badBytes() {
        return Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf8, 0x41},
                new byte[] {(byte) 0xe2, (byte) 0x82});
    }
}
