package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Eight `shale migrate deploy` JVMs started at once against one database apply every migration exactly once. */
class ConcurrentDeployTest {
    private static final int PROCESSES = 8;
    private static final int MIGRATIONS = 20;

    @TempDir Path project;

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void eightDeploysAtOnceApplyEachMigrationOnce(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind)) {
            Path migrations = project.resolve("prisma/migrations");
            for (int i = 1; i <= MIGRATIONS; i++) {
                String sql = (i == 1 ? "CREATE TABLE applied_log (migration INT NOT NULL);\n" : "")
                        + "CREATE TABLE t" + i + " (id INT);\n"
                        + "INSERT INTO applied_log (migration) VALUES (" + i + ");\n";
                Path dir = migrations.resolve(String.format("202401010000%02d_m%d", i, i));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("migration.sql"), sql);
            }
            Files.writeString(project.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"" + kind.prismaProvider() + "\"\n}\n");
            String url = db.url().masked().replace(":***", "");
            Path logs = project.resolve("logs");

            List<Process> processes = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                processes.add(ShaleProcess.start(project, Map.of(), logs, "deploy" + p, "migrate", "deploy", "--url", url, "--lock-wait", "120s"));
            }
            int applied = 0;
            for (int p = 0; p < PROCESSES; p++) {
                ShaleProcess.Result r = ShaleProcess.read(processes.get(p), logs, "deploy" + p);
                assertThat(r.exitCode()).as("process %d: %s", p, r.all()).isZero();
                applied += (int) r.out().lines().filter(l -> l.startsWith("  └─ ") && l.endsWith("/")).count();
            }
            // Together the processes applied each migration once; the others found nothing pending.
            assertThat(applied).isEqualTo(MIGRATIONS);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(scalar(s, "SELECT COUNT(*) FROM _prisma_migrations")).isEqualTo(MIGRATIONS);
                assertThat(scalar(s, "SELECT COUNT(DISTINCT migration_name) FROM _prisma_migrations WHERE finished_at IS NOT NULL "
                        + "AND rolled_back_at IS NULL")).isEqualTo(MIGRATIONS);
                assertThat(scalar(s, "SELECT COUNT(*) FROM applied_log")).isEqualTo(MIGRATIONS);
                assertThat(scalar(s, "SELECT COUNT(DISTINCT migration) FROM applied_log")).isEqualTo(MIGRATIONS);
            }
            // One JSON line per event from all processes, none interleaved: a started and an applied event per migration.
            List<String> events = Files.readAllLines(project.resolve(".shale/events.jsonl"));
            assertThat(events).hasSize(2 * MIGRATIONS).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        }
    }

    static long scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
