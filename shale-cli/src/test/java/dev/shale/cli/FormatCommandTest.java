package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
    private static final String UNFORMATTED = "model User {\n  id Int @id\n  name String\n}\n";
    private static final String FORMATTED = "model User {\n  id   Int    @id\n  name String\n}\n";

    @TempDir Path dir;
    private String previousUserDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void enterTempDir() {
        previousUserDir = System.getProperty("user.dir");
        System.setProperty("user.dir", dir.toString());
    }

    @AfterEach
    void leaveTempDir() {
        System.setProperty("user.dir", previousUserDir);
    }

    private int run(String... args) {
        return ShaleCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void rewritesTheDefaultSchemaInPlace() throws IOException {
        Path schema = Files.createDirectories(dir.resolve("prisma")).resolve("schema.prisma");
        Files.writeString(schema, UNFORMATTED);
        assertThat(run("format")).isZero();
        assertThat(Files.readString(schema)).isEqualTo(FORMATTED);
        assertThat(out.toString()).contains("formatted: prisma/schema.prisma");
        assertThat(run("format")).isZero();
        assertThat(out.toString()).contains("already formatted");
    }

    @Test
    void checkNamesChangedFilesWritesNothingAndExitsOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schema"));
        Files.writeString(folder.resolve("a.prisma"), FORMATTED);
        Files.writeString(folder.resolve("b.prisma"), UNFORMATTED.replace("User", "Post"));
        assertThat(run("format", "--schema", "schema", "--check")).isEqualTo(1);
        assertThat(out.toString()).contains("not formatted: schema/b.prisma").doesNotContain("not formatted: schema/a.prisma");
        assertThat(Files.readString(folder.resolve("b.prisma"))).isEqualTo(UNFORMATTED.replace("User", "Post"));
        assertThat(run("format", "--schema", "schema")).isZero();
        assertThat(run("format", "--schema", "schema", "--check")).isZero();
    }

    @Test
    void syntaxErrorsLeaveTheFileUntouched() throws IOException {
        Path schema = dir.resolve("schema.prisma");
        String broken = "model User {\n  id Int @id\n  this is not a field\n}\n";
        Files.writeString(schema, broken);
        assertThat(run("format")).isEqualTo(1);
        assertThat(Files.readString(schema)).isEqualTo(broken);
        assertThat(err.toString()).contains("error: Error validating: This line is not a valid field or attribute definition.")
                .contains("  -->  schema.prisma:3").contains("nothing was formatted");
    }

    @Test
    void missingSchemaIsAUsageError() {
        assertThat(run("format")).isEqualTo(2);
        assertThat(err.toString()).contains("Could not find a schema").contains("prisma/schema.prisma");
        assertThat(run("format", "--schema", "nope.prisma")).isEqualTo(2);
        assertThat(err.toString()).contains("nope.prisma does not exist");
    }

    @Test
    void folderWithoutSchemaFilesIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("format", "--schema", "empty")).isEqualTo(2);
        assertThat(err.toString()).contains("has no .prisma files");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        Path schema = dir.resolve("schema.prisma");
        byte[] bytes = "model A {\n  id Int @id\n}\n".getBytes(StandardCharsets.UTF_8);
        bytes[12] = (byte) 0xff;
        Files.write(schema, bytes);
        assertThat(run("format")).isEqualTo(1);
        assertThat(err.toString()).contains("schema.prisma is not valid UTF-8").contains("byte offset 12").contains("line 2");
        assertThat(Files.readAllBytes(schema)).isEqualTo(bytes);
    }
}
