package dev.shale.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * db pull on MySQL/MariaDB (skipped without {@code SHALE_TEST_MYSQL_URL}). No Prisma oracle runs
 * MySQL here: the expected files follow Prisma's MySQL mapping as its engine source spells it
 * (enums named {@code Table_column}, {@code tinyint(1)} as Boolean, prefix lengths, full-text
 * indexes, the index MySQL adds for each foreign key), reviewed by hand, with the differences
 * docs/prisma-compatibility.md lists (MariaDB JSON stays Json).
 */
class MysqlPullTest {

    @TestFactory
    Stream<DynamicTest> mysql() throws Exception {
        Path root = Path.of("src/test/resources/pull-mysql");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.sorted().toList()) {
                GoldenCase c = new GoldenCase("mysql/" + d.getFileName(), DatabaseKind.MYSQL, d);
                tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                    GoldenCase.Outcome out = c.run();
                    c.writeActual(out);
                    assertThat(out.schema()).isEqualTo(c.read("expected.prisma"));
                    assertThat(out.warnings()).isEqualTo(c.read("expected.warnings.txt"));
                }));
            }
        }
        return tests.stream();
    }
}
