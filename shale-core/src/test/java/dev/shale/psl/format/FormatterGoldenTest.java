package dev.shale.psl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shale's own golden set of tricky inputs ({@code psl/format/X.prisma}), each with the output
 * Prisma 7.10's {@code prisma format} gave ({@code X.formatted}): byte-identical and idempotent.
 * Where Prisma itself is not idempotent (it adds relation fields that create a new missing
 * relation), {@code X.formatted2} holds what Prisma gives when run on its own output, and
 * Shale must give the same.
 */
class FormatterGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/psl/format");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".prisma"))
                    .map(n -> n.substring(0, n.length() - ".prisma".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formatsExactlyAsPrisma(String name) throws IOException {
        String input = new String(Files.readAllBytes(DIR.resolve(name + ".prisma")), StandardCharsets.UTF_8);
        String expected = new String(Files.readAllBytes(DIR.resolve(name + ".formatted")), StandardCharsets.UTF_8);
        String formatted = Formatter.format(input);
        assertThat(formatted).isEqualTo(expected);
        Path second = DIR.resolve(name + ".formatted2");
        String expectedSecond = Files.exists(second) ? Files.readString(second, StandardCharsets.UTF_8) : formatted;
        assertThat(Formatter.format(formatted)).as("formatting the output again").isEqualTo(expectedSecond);
    }
}
