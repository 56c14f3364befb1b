package dev.shale.psl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names of added list fields against Prisma 7.10: each line of the golden file is a model
 * name and the field name {@code prisma format} added for a missing back relation to it.
 */
class InflectorTest {
    @Test
    void listFieldNamesMatchPrisma() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/psl/inflection/back-relation-field-names.tsv"));
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            String actual = Inflector.plural(Inflector.camelCase(parts[0]));
            if (!actual.equals(parts[1])) {
                mismatches.add(parts[0] + ": expected " + parts[1] + ", got " + actual);
            }
        }
        assertThat(lines).hasSizeGreaterThan(400);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void camelCaseSplitsWordsAsPrisma() {
        assertThat(Inflector.camelCase("UserProfile")).isEqualTo("userProfile");
        assertThat(Inflector.camelCase("user_profile")).isEqualTo("userProfile");
        assertThat(Inflector.camelCase("HTTPRequest")).isEqualTo("httprequest");
        assertThat(Inflector.camelCase("MyHTTPServer")).isEqualTo("myHTTPServer");
        assertThat(Inflector.camelCase("A1B2")).isEqualTo("a1B2");
    }
}
