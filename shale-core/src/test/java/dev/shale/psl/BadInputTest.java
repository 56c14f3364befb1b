package dev.shale.psl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.format.Formatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bad inputs the issue names: each gives diagnostics or a result, never an exception. */
class BadInputTest {

    private static ParsedSchema parse(String text) {
        return Psl.parse(new SourceFile("schema.prisma", text));
    }

    private static List<String> messages(ParsedSchema schema) {
        return schema.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void emptyAndBlankFilesAreEmptySchemas() {
        assertThat(parse("").diagnostics()).isEmpty();
        assertThat(parse(" \n\t\n").diagnostics()).isEmpty();
        assertThat(Formatter.format("")).isEqualTo("\n");
    }

    @Test
    void binaryGarbageIsReportedLineByLine() {
        ParsedSchema schema = parse("\u0000\u0001\u0002garbage\u00ff\n\u0007\u0008\n");
        assertThat(messages(schema)).hasSize(2).allMatch(m -> m.contains("This line is invalid"));
    }

    @Test
    void tenThousandNestedBracesAndBracketsAreDiagnostics() {
        ParsedSchema braces = parse("model A {\n" + "{".repeat(10_000) + "\n}\n");
        assertThat(messages(braces)).containsExactly("Error validating: This line is not a valid field or attribute definition.");
        ParsedSchema brackets = parse("model A {\n  a Int @default(" + "[".repeat(10_000) + ")\n}\n");
        assertThat(messages(brackets)).containsExactly("Error validating: This line is not a valid field or attribute definition.");
        ParsedSchema calls = parse("model A {\n  a Int @default(" + "f(".repeat(10_000) + ")".repeat(10_000) + ")\n}\n");
        assertThat(messages(calls)).containsExactly("Error validating: This line is not a valid field or attribute definition.");
    }

    @Test
    void unterminatedStringsAndCommentsAreDiagnostics() {
        assertThat(messages(parse("model A {\n  id Int @id @default(\"abc)\n}\n")))
                .containsExactly("Error validating: This line is not a valid field or attribute definition.");
        assertThat(messages(parse("model A {\n  id Int @id\n}\n/* never closed\n")))
                .containsExactly("Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
        assertThat(messages(parse("model A {\n  id Int @id\n  /* never closed\n}\n")))
                .containsExactly("Error validating: This line is not a valid field or attribute definition.");
    }

    @Test
    void aFiftyMegabyteSchemaParses() {
        StringBuilder text = new StringBuilder(52 * 1024 * 1024);
        int models = 0;
        while (text.length() < 50 * 1024 * 1024) {
            text.append("/// Model ").append(models).append("\nmodel M").append(models).append(" {\n")
                    .append("  id        Int      @id @default(autoincrement())\n")
                    .append("  name      String?  @db.VarChar(255) // the name\n")
                    .append("  createdAt DateTime @default(now())\n")
                    .append("  tags      String[] @default([\"a\", \"b\"])\n\n")
                    .append("  @@index([name(sort: Desc)], map: \"m").append(models).append("_name\")\n}\n\n");
            models++;
        }
        ParsedSchema schema = parse(text.toString());
        assertThat(schema.diagnostics()).isEmpty();
        assertThat(schema.files().get(0).ast().models()).hasSize(models);
    }
}
