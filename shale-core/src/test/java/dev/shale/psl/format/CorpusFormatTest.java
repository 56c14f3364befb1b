package dev.shale.psl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every one of Prisma's 216 validation cases, valid or not, formatted by Shale and by Prisma
 * 7.10 ({@code psl/format-corpus/<path with / as __>.formatted}): byte-identical. These schemas
 * exercise the relation fix-ups and the rule that stops them on errors far more than the
 * reformat corpus does.
 */
class CorpusFormatTest {
    private static final Path DIR = Path.of("src/test/resources/psl/format-corpus");

    @Test
    void formatsEveryValidationCaseExactlyAsPrisma() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<Corpus.ValidationCase> cases = Corpus.validationCases();
        for (Corpus.ValidationCase c : cases) {
            Path expected = DIR.resolve(c.name().replace("/", "__").replace(".prisma", ".formatted"));
            if (!Formatter.format(c.text()).equals(Files.readString(expected))) {
                mismatches.add(c.name());
            }
        }
        assertThat(cases).hasSize(216);
        assertThat(mismatches).isEmpty();
    }
}
