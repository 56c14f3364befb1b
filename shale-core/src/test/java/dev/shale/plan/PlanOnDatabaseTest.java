package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.events.EventSink;
import dev.shale.introspect.Introspector;
import dev.shale.lint.LintConfig;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.migrate.DeployOptions;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.migrate.SqlScriptSplitter;
import dev.shale.migrate.SqlStatement;
import dev.shale.sql.SqlSchema;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every golden case on a real database: the "before" state deployed, rows inserted ({@code seed.sql}),
 * the plan deployed migration by migration with Shale's runner (manual steps run where the case has
 * them), then the database read back must be exactly the target state and the checks
 * ({@code checks.sql}: no data lost, backfilled values present) must hold. PostgreSQL and SQLite
 * always; MariaDB/MySQL when {@code SHALE_TEST_MYSQL_URL} is set.
 */
class PlanOnDatabaseTest {
    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAtTheTargetWithItsData() {
        return PlanCase.all().stream().map(c -> DynamicTest.dynamicTest(c.dir().getFileName().toString(), () -> run(c)));
    }

    private void run(PlanCase c) throws Exception {
        try (TestDatabase db = TestDatabases.of(c.kind())) {
            Path root = Files.createTempDirectory(temp, c.dir().getFileName().toString());
            MigrationsDirectory deployed = c.initFolder(root.resolve("deployed"));
            deploy(deployed, db.url());
            Optional<String> seed = c.file("seed.sql");
            if (seed.isPresent()) {
                execute(db.url(), seed.get());
            }
            SafePlan plan;
            try (Connection connection = Connections.open(db.url())) {
                if (c.kind() == DatabaseKind.POSTGRESQL) {
                    execute(db.url(), "ANALYZE");
                }
                DataAccess data = c.kind() == DatabaseKind.POSTGRESQL
                        ? new PostgresDataAccess(connection, LintConfig.Thresholds.DEFAULT) : DataAccess.none();
                plan = c.plan(data);
            }
            MigrationsDirectory written = c.initFolder(root.resolve("written"));
            List<Path> folders = PlanWriter.write(written, plan, PlanCase.NOW, c.kind().prismaProvider());
            assertThat(folders).hasSize(plan.migrations().size());
            for (int i = 0; i < folders.size(); i++) {
                Path folder = folders.get(i);
                Optional<String> manual = c.file("manual/" + plan.migrations().get(i).phase() + ".sql");
                if (manual.isPresent()) {
                    execute(db.url(), manual.get());
                }
                copyFolder(folder, deployed.path().resolve(folder.getFileName()));
                deploy(deployed, db.url());
            }
            SqlSchema introspected = introspect(db.url());
            List<MigrationStep> left = Differ.diff(introspected, c.to().schema(), c.dialect().capabilities());
            assertThat(left).as("steps left between the database after the plan and the schema:\n"
                    + c.dialect().renderScript(left)).isEmpty();
            Optional<String> checks = c.file("checks.sql");
            assertThat(checks).as("checks.sql").isPresent();
            for (SqlStatement check : SqlScriptSplitter.split(checks.get(), c.kind())) {
                assertThat(queryTrue(db.url(), check.sql())).as(check.sql()).isTrue();
            }
        }
    }

    private static void deploy(MigrationsDirectory dir, DatabaseUrl url) {
        new MigrationDeployer(DeployOptions.DEFAULTS, EventSink.NONE).deploy(dir, url);
    }

    private static void execute(DatabaseUrl url, String script) throws SQLException {
        try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
            for (SqlStatement st : SqlScriptSplitter.split(script, url.kind())) {
                s.execute(st.sql());
            }
        }
    }

    private static boolean queryTrue(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = Connections.open(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static SqlSchema introspect(DatabaseUrl url) throws SQLException {
        try (Connection c = Connections.open(url)) {
            return Introspector.forKind(url.kind()).introspect(c).schema();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
