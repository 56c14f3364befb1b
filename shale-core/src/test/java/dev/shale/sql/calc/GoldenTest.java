package dev.shale.sql.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.DiffSummary;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.SqlSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shale's own golden cases (src/test/resources/golden, recorded from Prisma 7.10): the script
 * and the summary of each schema change must be Prisma's, byte for byte.
 */
class GoldenTest {

    @Test
    void scriptsAndSummariesEqualPrismas() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (String connector : List.of("postgresql", "sqlite", "mysql")) {
            Path dir = root.resolve(connector);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            DatabaseKind kind = switch (connector) {
                case "postgresql" -> DatabaseKind.POSTGRESQL;
                case "sqlite" -> DatabaseKind.SQLITE;
                default -> DatabaseKind.MYSQL;
            };
            try (Stream<Path> cases = Files.list(dir)) {
                for (Path c : cases.sorted().toList()) {
                    total++;
                    String miss = check(c, kind);
                    if (miss != null) {
                        misses.add(connector + "/" + c.getFileName() + ":\n" + miss);
                    }
                }
            }
        }
        System.out.printf("golden %d/%d%n", total - misses.size(), total);
        misses.forEach(m -> System.out.println("MISS " + m));
        assertThat(misses).as("golden cases that differ from Prisma").isEmpty();
    }

    private static String check(Path dir, DatabaseKind kind) throws IOException {
        Dialect dialect = Dialect.forKind(kind);
        CalculatedSchema to = Schemas.calculate(Files.readString(dir.resolve("schema.prisma")), kind);
        Path before = dir.resolve("before.prisma");
        SqlSchema from = Files.exists(before) ? Schemas.sql(Files.readString(before), kind) : SqlSchema.empty();
        List<MigrationStep> steps = Differ.diff(from, to.schema(), dialect.capabilities(),
                new DiffOptions(to.virtualDefaultColumns()));
        StringBuilder miss = new StringBuilder();
        String script = dialect.renderScript(steps);
        // migrate diff prints the script with a final newline (the empty migration has none of its own).
        String printed = script.endsWith("\n") ? script : script + "\n";
        // expected.shale.sql: where Shale deliberately differs from Prisma (docs/prisma-compatibility.md).
        Path deliberate = dir.resolve("expected.shale.sql");
        compare(miss, "script", Files.readString(Files.exists(deliberate) ? deliberate : dir.resolve("expected.sql")), printed);
        Path summary = dir.resolve("expected_summary.txt");
        if (Files.exists(summary)) {
            compare(miss, "summary", Files.readString(summary), DiffSummary.render(steps));
        }
        return miss.length() == 0 ? null : miss.toString();
    }

    private static void compare(StringBuilder miss, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            miss.append("--- expected ").append(what).append('\n').append(expected).append("--- actual ").append(what)
                    .append('\n').append(actual);
        }
    }
}
