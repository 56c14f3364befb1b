package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void parsesPrismaPostgresUrlAndMasksThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://alice:s%40cret@db.example.com:6543/app?schema=tenant&sslmode=require");
        assertThat(url.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.schema()).isEqualTo("tenant");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/app");
        assertThat(url.jdbcProperties().getProperty("password")).isEqualTo("s@cret");
        assertThat(url.masked()).isEqualTo("postgresql://alice:***@db.example.com:6543/app?schema=tenant&sslmode=require");
        assertThat(url.toString()).doesNotContain("cret");
    }

    @Test
    void acceptsJdbcAndMysqlForms() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost/x").port()).isEqualTo(5432);
        DatabaseUrl my = DatabaseUrl.parse("mysql://root@127.0.0.1:3306/test");
        assertThat(my.kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(my.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(my.masked()).isEqualTo("mysql://root@127.0.0.1:3306/test");
    }

    @Test
    void resolvesRelativeSqliteFilesAgainstTheSchemaFolder() {
        DatabaseUrl url = DatabaseUrl.parse("file:./dev.db").resolveAgainst(Path.of("/p/prisma"));
        assertThat(url.kind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(url.sqlitePath()).isEqualTo("/p/prisma/dev.db");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/p/prisma/dev.db");
    }

    @Test
    void rejectsUnknownSchemesWithAFix() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mongodb://x/y"))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("unsupported database URL scheme `mongodb`")
                .satisfies(e -> assertThat(((ShaleException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void unreachableServerIsOneLineWithTheHostAndNoPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://bob:hunter2@127.0.0.1:1/nowhere?connect_timeout=2");
        assertThatThrownBy(() -> Connections.open(url))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("127.0.0.1:1/nowhere")
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(((ShaleException) e).exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE));
    }

    @Test
    void connectsToARealPostgres() throws Exception {
        try (var db = TestDatabases.postgres(); Connection c = Connections.open(db.url());
                ResultSet rs = c.createStatement().executeQuery("select current_schema()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("public");
        }
    }

    @Test
    void connectsToARealSqliteFile() throws Exception {
        try (var db = TestDatabases.sqlite(); Connection c = Connections.open(db.url());
                ResultSet rs = c.createStatement().executeQuery("select sqlite_version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("3.");
        }
    }

    @Test
    void connectsToARealMariaDb() throws Exception {
        try (var db = TestDatabases.mysql(); Connection c = Connections.open(db.url());
                ResultSet rs = c.createStatement().executeQuery("select database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(db.url().database());
        }
    }
}
