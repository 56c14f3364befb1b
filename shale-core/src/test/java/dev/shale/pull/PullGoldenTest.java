package dev.shale.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Shale's db pull against Prisma 7.10's output on the same databases, byte for byte. */
class PullGoldenTest {

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return cases(DatabaseKind.POSTGRESQL);
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return cases(DatabaseKind.SQLITE);
    }

    private static Stream<DynamicTest> cases(DatabaseKind kind) {
        List<GoldenCase> cases = GoldenCase.all(kind);
        assertThat(cases).as("golden cases for " + kind).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenCase c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                GoldenCase.Outcome out = c.run();
                c.writeActual(out);
                assertThat(out.schema()).as(c.name() + " schema").isEqualTo(c.read("expected.prisma"));
                assertThat(out.warnings()).as(c.name() + " warnings").isEqualTo(c.read("expected.warnings.txt"));
            }));
        }
        return tests.stream();
    }
}
