package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.Finding;
import dev.shale.lint.LintContext;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.lint.Severity;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.migrate.MigrationsDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per folder under {@code plan/golden} (see {@link PlanCase}): the plan written into a
 * migrations folder that holds the "before" state, compared file by file with {@code expected/}, and
 * linted with the whole folder (PostgreSQL plans): no phase may have an error or warning finding.
 * Run with {@code -Dshale.golden.update=true} to rewrite the expected files.
 */
class GoldenPlanTest {
    static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<PlanCase> cases = PlanCase.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(1);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.dir().getFileName().toString(), () -> run(c)));
    }

    private void run(PlanCase c) throws IOException {
        Path root = Files.createTempDirectory(temp, c.dir().getFileName().toString());
        MigrationsDirectory dir = c.initFolder(root);
        SafePlan plan = c.plan(DataAccess.none());
        PlanWriter.write(dir, plan, PlanCase.NOW, c.kind().prismaProvider());
        TreeMap<String, String> actual = tree(dir.path(), true);
        Path expected = c.dir().resolve("expected");
        if (UPDATE) {
            deleteTree(expected);
            for (var e : actual.entrySet()) {
                Path f = expected.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(expected).as("expected/ (create it with -Dshale.golden.update=true)").isDirectory();
        TreeMap<String, String> want = tree(expected, false);
        assertThat(actual.keySet()).isEqualTo(want.keySet());
        // Some runners split a script on every ';' (Prisma's pg driver adapter): no comment line holds one.
        actual.forEach((file, text) -> assertThat(text.lines().filter(l -> l.startsWith("--") && l.contains(";")))
                .as(file + ": comment lines with ';'").isEmpty());
        for (var e : want.entrySet()) {
            assertThat(actual.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        // The linter's rules are PostgreSQL's (its statement classifier reads PostgreSQL); SQLite and MySQL
        // plans are checked on their databases instead (PlanOnDatabaseTest).
        if (c.kind() == DatabaseKind.POSTGRESQL) {
            assertLintClean(dir.path());
        }
    }

    /** Lints the whole folder (the "before" migration and the plan) as {@code shale lint} does, without a database. */
    static void assertLintClean(Path migrations) {
        LintReport report = Linter.standard().lint(LintContext.builder()
                .migrations(MigrationsReader.read(migrations, migrations)).build());
        List<Finding> problems = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .filter(f -> !f.file().contains(PlanCase.INIT))
                // The last migration holds what Shale does not take apart, as the differ writes it: its
                // findings are the point (its README says so), every other phase must be clean.
                .filter(f -> !f.file().contains("_finish/"))
                .toList();
        assertThat(problems).as("lint findings on the plan").isEmpty();
    }

    static TreeMap<String, String> tree(Path root, boolean skipInit) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            if (skipInit && (rel.startsWith(PlanCase.INIT) || rel.equals("migration_lock.toml"))) {
                continue;
            }
            out.put(rel, Files.readString(f));
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
