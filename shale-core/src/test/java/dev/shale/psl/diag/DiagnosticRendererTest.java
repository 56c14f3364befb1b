package dev.shale.psl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.psl.Corpus;
import dev.shale.psl.SourceFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the renderer against every diagnostic block in Prisma's corpus: the span is
 * recovered from the highlighted part of the block, the diagnostic rendered again, and the
 * text must be identical, with ANSI colours and without.
 */
class DiagnosticRendererTest {
    private static final Pattern HIGHLIGHT = Pattern.compile("\u001b\\[1;9[13]m(.*?)\u001b\\[0m");

    @Test
    void rendersEveryCorpusBlockExactlyAsPrisma() {
        int checked = 0;
        for (Corpus.ValidationCase c : Corpus.validationCases()) {
            SourceFile file = c.source();
            for (Corpus.Expected expected : c.expected()) {
                Diagnostic diagnostic = new Diagnostic(expected.severity(), expected.message(), spanOf(expected, file));
                assertThat(new DiagnosticRenderer(true).render(diagnostic, file)).as(c.name()).isEqualTo(expected.renderedAnsi());
                assertThat(new DiagnosticRenderer(false).render(diagnostic, file)).as(c.name())
                        .isEqualTo(expected.renderedAnsi().replaceAll(Corpus.ANSI, ""));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(303);
    }

    /** The span the block highlights: its start from the highlighted text, its end line from the lines printed after it. */
    private static dev.shale.psl.Span spanOf(Corpus.Expected expected, SourceFile file) {
        String[] lines = expected.renderedAnsi().split("\n");
        String numbered = "\u001b[1;94m" + String.format("%2d | ", expected.line()) + "\u001b[0m";
        int spanLineIndex = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(numbered) && HIGHLIGHT.matcher(lines[i].substring(numbered.length())).find()) {
                spanLineIndex = i;
            }
        }
        assertThat(spanLineIndex).as("highlighted line in %s", expected.renderedAnsi()).isGreaterThan(0);
        String content = lines[spanLineIndex].substring(numbered.length());
        Matcher m = HIGHLIGHT.matcher(content);
        assertThat(m.find()).isTrue();
        int start = file.lineStart(expected.line()) + m.start();
        int following = lines.length - 2 - spanLineIndex; // numbered lines between the span line and the closing gutter
        if (content.contains("^ Unexpected token.")) {
            following--;
        }
        int end = following > 0 ? file.lineStart(expected.line() + following) : start + m.group(1).length();
        return file.span(start, end);
    }

    @Test
    void firstLineHasNoPreviousLineAndEmptySpanPointsAtTheToken() {
        SourceFile file = new SourceFile("schema.prisma", "modle A {\n}\n");
        String text = new DiagnosticRenderer(false).render(Diagnostic.error("Boom.", file.span(0, 0)), file);
        assertThat(text).isEqualTo("""
                error: Boom.
                  -->  schema.prisma:1
                   |\s
                   |\s
                 1 | modle A {
                   | ^ Unexpected token.
                   |\s
                """);
    }

    @Test
    void warningsUseYellowAndMultiLineSpansShowEveryLine() {
        SourceFile file = new SourceFile("a.prisma", "a\nb\nc\nd\n");
        String text = new DiagnosticRenderer(true).render(Diagnostic.warning("W", file.span(2, 5)), file);
        assertThat(text).startsWith("\u001b[1;93mwarning\u001b[0m: \u001b[1mW\u001b[0m\n")
                .contains("\u001b[1;94m 2 | \u001b[0m\u001b[1;93mb\u001b[0m\n")
                .contains("\u001b[1;94m 3 | \u001b[0mc\n")
                .doesNotContain(" 4 | ");
    }

    @Test
    void jsonHasOneObjectPerDiagnostic() throws Exception {
        SourceFile file = new SourceFile("prisma/schema.prisma", "model A {\n  id Int\n}\n");
        String json = DiagnosticRenderer.toJson(List.of(Diagnostic.error("Bad \"id\".", file.span(12, 14))));
        JsonNode node = new ObjectMapper().readTree(json).get("diagnostics").get(0);
        assertThat(node.get("severity").asText()).isEqualTo("error");
        assertThat(node.get("message").asText()).isEqualTo("Bad \"id\".");
        assertThat(node.get("file").asText()).isEqualTo("prisma/schema.prisma");
        assertThat(node.get("line").asInt()).isEqualTo(2);
        assertThat(node.get("column").asInt()).isEqualTo(3);
        assertThat(node.get("endLine").asInt()).isEqualTo(2);
        assertThat(node.get("endColumn").asInt()).isEqualTo(5);
    }
}
