package dev.shale.sql.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.DiffSummary;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.sql.SqlSchema;
import dev.shale.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parity with Prisma's migration-engine corpus (../shared/peer-corpus/prisma-engines-sql, 43
 * cases): each schema pair goes through calculation, diff and rendering, and the script (or
 * summary) must equal Prisma's byte for byte, modulo the documented differences of Prisma 7.10
 * with the corpus (see {@link #as710}). Prints {@code sql parity N/43} and fails below the bar.
 */
class SqlParityTest {
    /** The ratchet: the count reached so far. Raise it as parity improves; never lower it. */
    static final int BAR = 43;

    @Test
    void parityWithPrismaCorpus() throws IOException {
        Path root = corpus();
        List<String> misses = new ArrayList<>();
        int passed = 0;
        int total = 0;
        try (Stream<Path> dirs = Files.list(root.resolve("postgresql"))) {
            for (Path dir : Stream.concat(dirs.sorted().toList().stream(), Files.list(root.resolve("sqlite")).sorted()).toList()) {
                total++;
                String miss = run(dir);
                if (miss == null) {
                    passed++;
                } else {
                    misses.add(dir.getParent().getFileName() + "/" + dir.getFileName() + ":\n" + miss);
                }
            }
        }
        System.out.printf("sql parity %d/%d%n", passed, total);
        misses.forEach(m -> System.out.println("MISS " + m));
        assertThat(passed).as("sql parity (misses: %s)", misses).isGreaterThanOrEqualTo(BAR);
    }

    /** The corpus, found through {@code shale.shared} (set by surefire) or the nearest ancestor holding {@code shared/}. */
    static Path corpus() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("shale.shared");
        if (shared != null) {
            candidates.add(Path.of(shared));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared"));
        }
        for (Path p : candidates) {
            Path c = p.resolve("peer-corpus/prisma-engines-sql");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("peer-corpus/prisma-engines-sql not found (set -Dshale.shared); looked in " + candidates);
    }

    /** Runs one case; returns null when Shale's output equals the expected one, else what differs. */
    private static String run(Path dir) throws IOException {
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("case.json").toFile());
        DatabaseKind kind = meta.get("connector").asText().equals("sqlite") ? DatabaseKind.SQLITE : DatabaseKind.POSTGRESQL;
        String caseKind = meta.get("kind").asText();
        Dialect dialect = Dialect.forKind(kind);
        try {
            CalculatedSchema to = Schemas.calculate(Files.readString(dir.resolve("schema.prisma")), kind);
            Path before = dir.resolve("before.prisma");
            SqlSchema from = SqlSchema.empty();
            if (Files.exists(before)) {
                SqlSchema previous = Schemas.sql(Files.readString(before), kind);
                // migrate dev compares with the database the earlier migrations built: applied, then read back.
                from = caseKind.equals("create_migration") ? appliedAndIntrospected(previous, dialect) : previous;
            }
            List<MigrationStep> steps = Differ.diff(from, to.schema(), dialect.capabilities(),
                    new DiffOptions(to.virtualDefaultColumns()));
            // Every schema, calculated or read back from a database, is identical to itself.
            for (SqlSchema x : List.of(from, to.schema())) {
                if (!Differ.diff(x, x, dialect.capabilities()).isEmpty()) {
                    return "diff(X, X) is not empty for " + x;
                }
            }
            Path expectedSql = dir.resolve("expected.sql");
            String actual;
            String expected;
            if (Files.exists(expectedSql)) {
                actual = caseKind.equals("create_migration") ? dialect.render(steps) : dialect.renderScript(steps);
                expected = as710(Files.readString(expectedSql), kind, caseKind, Files.exists(before), dir);
            } else {
                actual = DiffSummary.render(steps);
                expected = Files.readString(dir.resolve("expected_summary.txt"));
            }
            return actual.equals(expected) ? null : "--- expected\n" + expected + "\n--- actual\n" + actual;
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    /**
     * The corpus's expectation as Prisma 7.10 writes it (each change is a line in
     * docs/prisma-compatibility.md): a PostgreSQL migration from an empty database first creates
     * the schema {@code public}; tables of the default schema are not qualified with it.
     */
    static String as710(String expected, DatabaseKind kind, String caseKind, boolean hasBefore, Path dir) {
        if (kind != DatabaseKind.POSTGRESQL || hasBefore || expected.startsWith("-- This is an empty migration.")) {
            return expected;
        }
        String out = expected;
        if (!out.contains("CREATE SCHEMA")) {
            out = "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n\n" + out;
        }
        return out.replace("TABLE \"public\".", "TABLE ").replace("REFERENCES \"public\".", "REFERENCES ")
                .replace("ON \"public\".", "ON ");
    }

    private static SqlSchema appliedAndIntrospected(SqlSchema schema, Dialect dialect) {
        try (var db = TestDatabases.of(dialect.kind()); Connection c = Connections.open(db.url());
                Statement st = c.createStatement()) {
            for (MigrationStep step : Differ.diff(SqlSchema.empty(), schema, dialect.capabilities())) {
                for (String sql : dialect.statements(step)) {
                    st.execute(sql);
                }
            }
            return Introspector.forKind(dialect.kind()).introspect(c, schema.namespaces().toArray(String[]::new)).schema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
