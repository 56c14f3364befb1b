package dev.shale.psl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLoaderTest {
    @TempDir Path dir;

    @Test
    void prefersPrismaFolderThenRoot() throws IOException {
        Files.writeString(dir.resolve("schema.prisma"), "// root\n");
        SchemaLoader loader = new SchemaLoader(dir);
        assertThat(loader.load(null)).extracting(SourceFile::name).containsExactly("schema.prisma");
        Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(dir.resolve("prisma/schema.prisma"), "// prisma\n");
        assertThat(loader.load(null)).extracting(SourceFile::name, SourceFile::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prisma/schema.prisma", "// prisma\n"));
    }

    @Test
    void folderIsSearchedRecursivelyAndSortedByPath() throws IOException {
        Path schema = Files.createDirectories(dir.resolve("prisma/schema/models"));
        Files.writeString(dir.resolve("prisma/schema/main.prisma"), "// main\n");
        Files.writeString(schema.resolve("user.prisma"), "// user\n");
        Files.writeString(schema.resolve("a.prisma"), "// a\n");
        Files.writeString(schema.resolve("notes.txt"), "not a schema");
        assertThat(new SchemaLoader(dir).load("prisma/schema")).extracting(SourceFile::name)
                .containsExactly("prisma/schema/main.prisma", "prisma/schema/models/a.prisma", "prisma/schema/models/user.prisma");
    }

    @Test
    void missingPathsAreUsageErrorsNamingWhatWasLookedFor() {
        SchemaLoader loader = new SchemaLoader(dir);
        assertThatThrownBy(() -> loader.load(null)).isInstanceOfSatisfying(ShaleException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).contains("prisma/schema.prisma").contains("schema.prisma").doesNotContain("\n");
        });
        assertThatThrownBy(() -> loader.load("db/main.prisma")).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.getMessage()).contains("db/main.prisma does not exist"));
    }

    @Test
    void invalidUtf8NamesFileOffsetAndLine() throws IOException {
        Files.write(dir.resolve("schema.prisma"), new byte[] {'a', '\n', 'b', (byte) 0xc3, '\n'});
        assertThatThrownBy(() -> new SchemaLoader(dir).load("schema.prisma")).isInstanceOfSatisfying(ShaleException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.PROBLEMS);
            assertThat(e.getMessage()).isEqualTo(
                    "The schema file schema.prisma is not valid UTF-8: invalid byte 0xC3 at byte offset 3 (line 2).");
        });
    }
}
