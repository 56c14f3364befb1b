package dev.shale.psl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse diagnostics against Prisma's own: each {@code psl/parse/X.prisma} has
 * {@code X.lint.json}, the diagnostics Prisma 7.10's {@code lint} reported for it (message, span in
 * UTF-16 code units, which are Java {@code char} offsets).
 * The ones Prisma's parser emits must come out of Shale's parser identically and in the same order.
 */
class ParserGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/psl/parse");

    /** The messages Prisma's parser (not its validator) produces. */
    private static final List<String> PARSE_MESSAGES = List.of(
            "Error validating: This line is", "Error validating: This block is invalid", "Error validating: Invalid type definition",
            "Field declarations don't require", "Fields are required by default", "To specify a list",
            "Optional lists are not supported", "This field declaration is invalid", "Unknown escape sequence",
            "Invalid unicode escape sequence", "Error validating: Defining `@", "Error validating: A composite type",
            "Error validating: The name of a composite type", "Error validating: An index should",
            "Error validating: A unique constraint should", "Error validating: A fulltext index should");

    record Found(String message, int start, int end) {}

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".prisma"))
                    .map(n -> n.substring(0, n.length() - ".prisma".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parseDiagnosticsMatchPrisma(String name) throws IOException {
        String text = new String(Files.readAllBytes(DIR.resolve(name + ".prisma")), StandardCharsets.UTF_8);
        JsonNode lint = new ObjectMapper().readTree(DIR.resolve(name + ".lint.json").toFile());
        List<Found> expected = new ArrayList<>();
        for (JsonNode d : lint) {
            String message = d.get("text").asText();
            if (PARSE_MESSAGES.stream().anyMatch(message::contains)) {
                expected.add(new Found(message, d.get("start").asInt(), d.get("end").asInt()));
            }
        }
        Parser.Result result = Parser.parse(new SourceFile("schema.prisma", text));
        List<Found> actual = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            actual.add(new Found(d.message(), d.span().start(), d.span().end()));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
