package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Agreement with prisma-lint on the rules that overlap (naming case: SH103; relation indexes: SH501)
 * on a schema written for this test. prisma-lint's output is stored ({@code prisma-lint-golden.tsv},
 * made by {@code bench/prisma-lint/regenerate.sh}), so the test needs no Node. Every violation
 * prisma-lint reports must be a Shale finding on the same object, except the documented difference.
 */
class PrismaLintAgreementTest {
    static final Path DIR = Path.of("src/test/resources/lint/prisma-lint");
    static final Map<String, String> CODES = Map.of("field-name-camel-case", "SH103", "model-name-pascal-case", "SH103",
            "enum-name-pascal-case", "SH103", "enum-value-case", "SH103", "require-field-index", "SH501");
    /** prisma-lint does not count a composite primary key as an index on its first column; PostgreSQL does. */
    static final Set<String> DELIBERATE = Set.of("require-field-index Membership.userId");
    private static final Pattern QUOTED = Pattern.compile("['\"]([A-Za-z0-9_]+)['\"]");

    @Test
    void everyOverlappingPrismaLintViolationIsAShaleFinding() throws Exception {
        String text = Files.readString(DIR.resolve("schema.prisma"));
        SchemaInput schema = new SchemaInput(Psl.parse(new SourceFile("schema.prisma", text)));
        LintReport report = Linter.standard().lint(LintContext.builder().schema(schema).build());
        List<String> lines = text.lines().toList();

        Set<String> prismaLint = new TreeSet<>();
        Set<String> both = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (String row : Files.readAllLines(DIR.resolve("prisma-lint-golden.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String[] cols = row.split("\t");
            String rule = cols[0];
            int line = Integer.parseInt(cols[1]);
            String object = object(rule, line, cols[2], lines, schema);
            String key = rule + " " + object;
            prismaLint.add(key);
            boolean found = report.findings().stream().anyMatch(f -> f.code().equals(CODES.get(rule)) && matches(f, object));
            (found ? both : missed).add(key);
        }
        assertThat(prismaLint).hasSize(15);
        assertThat(missed).isEqualTo(DELIBERATE);
        assertThat(both).hasSize(14);
        // and Shale reports nothing under these codes that prisma-lint does not, on this schema
        long shaleOnly = report.findings().stream().filter(f -> f.code().equals("SH103") || f.code().equals("SH501"))
                .filter(f -> prismaLint.stream().noneMatch(k -> matches(f, k.substring(k.indexOf(' ') + 1)))).count();
        assertThat(shaleOnly).isZero();
    }

    /** What a violation is about: {@code Model.field}, {@code Model}, {@code Enum}, or {@code Enum.VALUE}. */
    private static String object(String rule, int line, String message, List<String> lines, SchemaInput schema) {
        String[] words = lines.get(line - 1).strip().split("\\s+");
        Matcher quoted = QUOTED.matcher(message);
        String block = enclosingBlock(lines, line);
        return switch (rule) {
            case "model-name-pascal-case", "enum-name-pascal-case" -> words[1];
            case "enum-value-case" -> words[1] + "." + (quoted.find() ? quoted.group(1) : "?");
            case "require-field-index" -> block + "." + (quoted.find() ? quoted.group(1) : "?");
            default -> block + "." + words[0];
        };
    }

    private static String enclosingBlock(List<String> lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            String[] words = lines.get(i).strip().split("\\s+");
            if (words.length >= 2 && (words[0].equals("model") || words[0].equals("enum"))) {
                return words[1];
            }
        }
        return "?";
    }

    private static boolean matches(Finding f, String object) {
        if (f.code().equals("SH501")) {
            if (!object.contains(".")) {
                return false;
            }
            String model = object.substring(0, object.indexOf('.'));
            String field = object.substring(object.indexOf('.') + 1);
            return f.object().equals("model " + model) && f.message().contains("(" + field + ")");
        }
        return f.object().endsWith(" " + object);
    }

}
