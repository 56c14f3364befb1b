package dev.shale.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.diag.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Schemas whose diagnostics were recorded from Prisma 7.10.1 (see the README next to them): Shale
 * must report exactly the same diagnostics (severity, message, line, order) and lower a Datamodel
 * exactly when there is no error.
 */
class PrismaRecordedCasesTest {
    record Key(Severity severity, int line, String message) {
        @Override
        public String toString() {
            return severity.label() + "|" + line + "|" + message;
        }
    }

    @TestFactory
    Stream<DynamicTest> recordedCases() throws IOException, URISyntaxException {
        Path dir = Path.of(PrismaRecordedCasesTest.class.getResource("/psl/prisma-recorded/expected.txt").toURI()).getParent();
        Map<String, List<Key>> expected = expected(Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8));
        assertThat(expected).hasSizeGreaterThan(800);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String text = Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
            ValidationResult result = Psl.validate(List.of(new SourceFile("schema.prisma", text)));
            List<Key> actual = result.diagnostics().stream().map(PrismaRecordedCasesTest::key).toList();
            assertThat(actual).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            boolean hasError = actual.stream().anyMatch(k -> k.severity() == Severity.ERROR);
            assertThat(result.datamodel().isPresent()).as("datamodel present for " + e.getKey()).isEqualTo(!hasError);
        }));
    }

    private static Key key(Diagnostic d) {
        return new Key(d.severity(), d.span().line(), d.message());
    }

    /** {@code ### name} headers, then one {@code severity|line|message} line per diagnostic ({@code \n} and {@code \\} escaped). */
    static Map<String, List<Key>> expected(List<String> lines) {
        Map<String, List<Key>> cases = new LinkedHashMap<>();
        List<Key> current = null;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                cases.put(line.substring(4), current);
            } else if (!line.isEmpty() && current != null) {
                String[] parts = line.split("\\|", 3);
                current.add(new Key(parts[0].equals("error") ? Severity.ERROR : Severity.WARNING,
                        Integer.parseInt(parts[1]), unescape(parts[2])));
            }
        }
        return cases;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
