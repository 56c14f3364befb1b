package dev.shale.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.Migration;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShadowDatabaseTest {
    @TempDir static Path project;

    @AfterAll
    static void stopServer() {
        new DevDatabase(project).stop();
    }

    private static Migration migration(String name, String sql) {
        return new Migration(name, project.resolve("migrations").resolve(name), sql.getBytes());
    }

    @Test
    void postgresShadowIsAScratchDatabaseInTheEmbeddedServerDroppedOnClose() throws Exception {
        DatabaseUrl url;
        try (ShadowDatabase shadow = ShadowDatabase.create(DatabaseKind.POSTGRESQL, project, Optional.empty(), Optional.empty())) {
            url = shadow.url();
            assertThat(url.database()).startsWith("shale_shadow_" + ProcessHandle.current().pid() + "_");
            assertThat(url.port()).isEqualTo(new DevDatabase(project).running().orElseThrow().port());
            shadow.apply(List.of(
                    migration("20240101000000_init", "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n"),
                    migration("20240102000000_more", "CREATE TABLE b (id int);\n")));
            assertThat(tables(url)).containsExactlyInAnyOrder("a", "b");
        }
        assertThat(databases(new DevDatabase(project).running().orElseThrow().url("postgres"))).doesNotContain(url.database());
    }

    @Test
    void aMigrationThatDoesNotApplyIsNamedWithItsLine() {
        try (ShadowDatabase shadow = ShadowDatabase.create(DatabaseKind.SQLITE, project, Optional.empty(), Optional.empty())) {
            assertThatThrownBy(() -> shadow.apply(List.of(migration("20240101000000_bad", "CREATE TABLE a (id int);\n\nSELECT * FROM nope;\n"))))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("migration `20240101000000_bad` failed to apply cleanly to the shadow database")
                    .hasMessageContaining("migrations/20240101000000_bad/migration.sql:3")
                    .hasMessageContaining("nope");
        }
    }

    @Test
    void sqliteShadowIsATemporaryFile() throws Exception {
        Path file;
        try (ShadowDatabase shadow = ShadowDatabase.create(DatabaseKind.SQLITE, project, Optional.empty(), Optional.empty())) {
            file = Path.of(shadow.url().sqlitePath());
            shadow.apply(List.of(migration("20240101000000_init", "PRAGMA foreign_keys=OFF;\nCREATE TABLE a (id INTEGER);\nPRAGMA foreign_keys=ON;\n")));
            assertThat(tables(shadow.url())).contains("a");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void mysqlNeedsAShadowUrlAndAShadowUrlIsEmptiedButNeverTheMainDatabase() throws Exception {
        assertThatThrownBy(() -> ShadowDatabase.create(DatabaseKind.MYSQL, project, Optional.empty(), Optional.empty()))
                .isInstanceOf(ShaleException.class).hasMessageContaining("--shadow-url");
        try (TestDatabase main = TestDatabases.postgres(); TestDatabase scratch = TestDatabases.postgres()) {
            TestDatabases.execute(scratch.url(), "CREATE TABLE leftover (id int)");
            assertThatThrownBy(() -> ShadowDatabase.create(DatabaseKind.POSTGRESQL, project, Optional.of(main.url()), Optional.of(main.url())))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("points at the main database");
            try (ShadowDatabase shadow = ShadowDatabase.create(DatabaseKind.POSTGRESQL, project, Optional.of(scratch.url()),
                    Optional.of(main.url()))) {
                assertThat(tables(shadow.url())).isEmpty();
                shadow.apply(List.of(migration("20240101000000_init", "CREATE TABLE a (id int);\n")));
                assertThat(tables(shadow.url())).containsExactly("a");
            }
            assertThat(tables(scratch.url())).isEmpty();
        }
    }

    private static List<String> tables(DatabaseUrl url) throws Exception {
        String sql = url.kind() == DatabaseKind.SQLITE ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
        return query(url, sql);
    }

    private static List<String> databases(DatabaseUrl url) throws Exception {
        return query(url, "SELECT datname FROM pg_database");
    }

    private static List<String> query(DatabaseUrl url, String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = DevDatabase.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
