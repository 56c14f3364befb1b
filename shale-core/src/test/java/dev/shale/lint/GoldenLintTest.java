package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.migrations.AppliedMigration;
import dev.shale.lint.migrations.MigrationHistory;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.lint.migrations.PrismaChecksum;
import dev.shale.lint.output.TextReport;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One case per folder under {@code lint/golden}: SQL in, findings out (the text report). A case holds
 * either {@code migrations/} (Prisma folders) or loose {@code *.sql} files, optionally
 * {@code shale.lint.json} and {@code history.tsv} (applied migrations: name, checksum or {@code FILE}
 * for the file's own, and {@code deployed}/{@code failed}), and {@code expected.txt}.
 * Run with {@code -Dshale.golden.update=true} to rewrite the expected files.
 */
class GoldenLintTest {
    static final Path ROOT = Path.of("src/test/resources/lint/golden");
    static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(36);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    static LintContext context(Path dir) throws IOException {
        List<MigrationSource> migrations = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("migrations"))) {
            migrations.addAll(MigrationsReader.read(dir.resolve("migrations"), dir));
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".sql")).sorted()
                    .forEach(f -> migrations.add(MigrationsReader.readFile(f, dir)));
        }
        LintContext.Builder builder = LintContext.builder().migrations(migrations);
        if (Files.exists(dir.resolve("schema.prisma"))) {
            builder.schema(new SchemaInput(Psl.parse(new SourceFile("schema.prisma",
                    Files.readString(dir.resolve("schema.prisma"))))));
        }
        if (Files.exists(dir.resolve("shale.lint.json"))) {
            builder.config(LintConfig.read(dir.resolve("shale.lint.json")));
        }
        if (Files.exists(dir.resolve("history.tsv"))) {
            List<AppliedMigration> rows = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("history.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String checksum = cols[1];
                if (checksum.equals("FILE")) {
                    checksum = PrismaChecksum.of(Files.readAllBytes(dir.resolve("migrations").resolve(cols[0]).resolve("migration.sql")));
                }
                boolean deployed = cols[2].equals("deployed");
                rows.add(new AppliedMigration(cols[0], checksum, deployed ? Instant.EPOCH : null, null));
            }
            builder.history(new MigrationHistory(rows));
        }
        return builder.build();
    }

    private static void run(Path dir) throws IOException {
        LintReport report = Linter.standard().lint(context(dir));
        String actual = TextReport.render(report);
        Path expected = dir.resolve("expected.txt");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected.txt (create it with -Dshale.golden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(expected));
    }
}
