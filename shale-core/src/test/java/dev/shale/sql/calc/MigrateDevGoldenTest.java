package dev.shale.sql.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.sql.SqlSchema;
import dev.shale.testing.TestDatabases;
import java.io.IOException;
import java.net.URISyntaxException;
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
 * The second migration of {@code migrate dev} (golden cases with a {@code migration.sql} recorded
 * from Prisma 7.10): the earlier schema is applied to a real database and read back, as Prisma's
 * shadow database is, and the new migration must be Prisma's file, warnings included.
 */
class MigrateDevGoldenTest {

    @Test
    void secondMigrationsEqualPrismas() throws IOException, URISyntaxException, SQLException {
        Path root = Path.of(MigrateDevGoldenTest.class.getResource("/golden").toURI());
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (String connector : List.of("postgresql", "sqlite")) {
            DatabaseKind kind = connector.equals("sqlite") ? DatabaseKind.SQLITE : DatabaseKind.POSTGRESQL;
            try (Stream<Path> cases = Files.list(root.resolve(connector))) {
                for (Path dir : cases.sorted().filter(d -> Files.exists(d.resolve("migration.sql"))).toList()) {
                    total++;
                    String expected = Files.readString(dir.resolve("migration.sql"));
                    Path deliberate = dir.resolve("migration.shale.sql");
                    if (Files.exists(deliberate)) {
                        expected = Files.readString(deliberate);
                    }
                    String actual = secondMigration(dir, kind);
                    if (!expected.equals(actual)) {
                        misses.add(connector + "/" + dir.getFileName() + "\n--- expected\n" + expected + "--- actual\n" + actual);
                    }
                }
            }
        }
        System.out.printf("migrate dev golden %d/%d%n", total - misses.size(), total);
        misses.forEach(m -> System.out.println("MISS " + m));
        assertThat(misses).isEmpty();
    }

    private static String secondMigration(Path dir, DatabaseKind kind) throws IOException, SQLException {
        Dialect dialect = Dialect.forKind(kind);
        SqlSchema before = Schemas.sql(Files.readString(dir.resolve("before.prisma")), kind);
        CalculatedSchema after = Schemas.calculate(Files.readString(dir.resolve("schema.prisma")), kind);
        try (var db = TestDatabases.of(kind); Connection c = Connections.open(db.url()); Statement st = c.createStatement()) {
            for (MigrationStep step : Differ.diff(SqlSchema.empty(), before, dialect.capabilities())) {
                for (String sql : dialect.statements(step)) {
                    st.execute(sql);
                }
            }
            // Prisma reads the schemas the datasource lists (the connection's when it lists none).
            SqlSchema database = Introspector.forKind(kind).introspect(c, after.schema().namespaces().toArray(String[]::new))
                    .schema();
            List<MigrationStep> steps = Differ.diff(database, after.schema(), dialect.capabilities(),
                    new DiffOptions(after.virtualDefaultColumns()));
            return dialect.render(steps);
        }
    }
}
