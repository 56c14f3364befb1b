package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale validate}: results, output formats and exit codes, and hostile input. */
class ValidateCommandTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "validate";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = ShaleCli.run(full, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Never a stack trace, never an internal error. */
    static void noCrash(Run run) {
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("examples/companion-platform"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root").isNotNull();
        return root;
    }

    static final String VALID = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    static final String INVALID = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email Strin  @unique
              name  String @default(1)
            }
            """;

    @Test
    void theCompanionExampleIsValid() {
        Path schema = repositoryRoot().resolve("examples/companion-platform/prisma/schema.prisma");
        Run run = validate("--schema", schema.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("The schema at " + schema + " is valid \uD83D\uDE80\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validSchema() throws IOException {
        Path schema = write("schema.prisma", VALID);
        Run run = validate("--schema", schema.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("is valid");
    }

    @Test
    void errorsAreRenderedLikePrismaAndCounted() throws IOException {
        Path schema = write("schema.prisma", INVALID);
        Run run = validate("--schema", schema.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("""
                error: Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.
                """);
        assertThat(run.err()).contains("  -->  ").contains(":7\n").contains(" 7 |   email Strin  @unique\n");
        assertThat(run.err()).contains("error: Error parsing attribute \"@default\": Expected a String value, but found `1`.");
        assertThat(run.err()).endsWith("\nValidation Error Count: 2\n");
        noCrash(run);
    }

    @Test
    void warningsKeepExitZero() throws IOException {
        Path schema = write("schema.prisma", """
                datasource db {
                  provider     = "mysql"
                  relationMode = "prisma"
                }

                model A {
                  id Int @id
                  bs B[]
                }

                model B {
                  id  Int @id
                  aId Int
                  a   A   @relation(fields: [aId], references: [id])
                }
                """);
        Run run = validate("--schema", schema.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning: With `relationMode = \"prisma\"`, no foreign keys are used");
        assertThat(run.out()).contains("is valid");
    }

    @Test
    void jsonOutput() throws IOException {
        Path schema = write("schema.prisma", INVALID);
        Run run = validate("--schema", schema.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"diagnostics\":[{")
                .contains("\"severity\":\"error\"")
                .contains("\"line\":7")
                .contains("\"column\":")
                .contains("\"endLine\":")
                .contains("\"endColumn\":")
                .contains("\"file\":");
        Run valid = validate("--schema", write("valid.prisma", VALID).toString(), "--json");
        assertThat(valid.exit()).isZero();
        assertThat(valid.out().strip()).isEqualTo("{\"diagnostics\":[]}");
    }

    @Test
    void folderOfSchemaFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schema"));
        Files.writeString(folder.resolve("a.prisma"), "datasource db {\n  provider = \"sqlite\"\n}\n");
        Files.writeString(folder.resolve("b.prisma"), "model A {\n  id Int @id\n  b  B?\n}\n");
        Run run = validate("--schema", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("b.prisma:3");
        Files.writeString(folder.resolve("c.prisma"), "model B {\n  id  Int @id\n  aId Int @unique\n  a   A   @relation(fields: [aId], references: [id])\n}\n");
        Run ok = validate("--schema", folder.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("are valid");
    }

    @Test
    void missingFileIsAUsageError() {
        Run run = validate("--schema", dir.resolve("nope.prisma").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ");
        noCrash(run);
    }

    @Test
    void folderWithoutPrismaFilesIsAUsageError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(folder.resolve("README.md"), "nothing here");
        Run run = validate("--schema", folder.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        noCrash(run);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = validate("--nope");
        assertThat(run.exit()).isEqualTo(2);
        noCrash(run);
    }

    @Test
    void emptyFile() throws IOException {
        Run run = validate("--schema", write("empty.prisma", "").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("is empty");
        assertThat(run.err().lines().count()).isEqualTo(1);
        Run blank = validate("--schema", write("blank.prisma", "\n  \n\t\n").toString());
        assertThat(blank.exit()).isEqualTo(1);
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Run run = validate("--schema", writeBytes("garbage.prisma", bytes).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("not valid UTF-8");
        noCrash(run);
    }

    @Test
    void asciiGarbageGivesDiagnostics() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append((char) random.nextInt(128));
        }
        Run run = validate("--schema", write("ascii.prisma", text.toString()).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Validation Error Count:");
        noCrash(run);
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "model A {\n  id Int @id\n  name String @default(\"\u00ff\")\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Run run = validate("--schema", writeBytes("latin1.prisma", bytes).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: The schema file " + dir.resolve("latin1.prisma")
                + " is not valid UTF-8: invalid byte 0xFF at byte offset 47 (line 3).\n");
    }

    @Test
    void unterminatedStringAndComment() throws IOException {
        Run string = validate("--schema", write("string.prisma", "model A {\n  id Int @id @default(\"abc\n}\n").toString());
        assertThat(string.exit()).isEqualTo(1);
        assertThat(string.err()).contains("error: Error validating: This line is not a valid field or attribute definition.");
        noCrash(string);
        Run comment = validate("--schema", write("comment.prisma", VALID + "/* never closed\nmodel B {\n").toString());
        assertThat(comment.exit()).isEqualTo(1);
        assertThat(comment.err()).contains("Validation Error Count:");
        noCrash(comment);
        Run docComment = validate("--schema", write("doc.prisma", VALID + "/// dangling").toString());
        noCrash(docComment);
        assertThat(docComment.exit()).isIn(0, 1);
    }

    @Test
    void tenThousandNestedBraces() throws IOException {
        String braces = "{".repeat(10_000) + "}".repeat(10_000);
        for (String text : new String[] {braces, "model A " + braces, "model A {\n  id Int @id @default(" + "[".repeat(10_000) + "]".repeat(10_000) + ")\n}\n",
                "model A {\n  id Int @id @default(" + "f(".repeat(10_000) + ")".repeat(10_000) + ")\n}\n"}) {
            Run run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> validate("--schema", write("nested.prisma", text).toString()));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("Validation Error Count:");
            noCrash(run);
        }
    }

    @Test
    void fiftyMegabyteSchema() throws IOException {
        StringBuilder text = new StringBuilder(52 * 1024 * 1024).append(VALID);
        int i = 0;
        while (text.length() < 50 * 1024 * 1024) {
            text.append("model M").append(i).append(" {\n  id   Int    @id @default(autoincrement())\n  name String @db.VarChar(100)\n")
                    .append("  ref  M").append(i).append("?    @relation(\"R").append(i).append("\", fields: [refId], references: [id])\n")
                    .append("  refId Int?\n  back M").append(i).append("[]   @relation(\"R").append(i).append("\")\n\n  @@index([name])\n}\n\n");
            i++;
        }
        text.append("model Broken {\n  id Int @id\n  x  Nope\n}\n");
        Path schema = write("big.prisma", text.toString());
        text = null;
        Run run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(180), () -> validate("--schema", schema.toString()));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Type \"Nope\" is neither a built-in type").endsWith("Validation Error Count: 1\n");
        noCrash(run);
    }
}
