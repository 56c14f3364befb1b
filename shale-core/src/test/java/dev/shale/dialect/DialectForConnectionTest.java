package dev.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.dialect.mysql.MysqlDialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The dialect follows the server and the URL: MariaDB cannot rename indexes; ?schema= is the default namespace. */
class DialectForConnectionTest {

    @Test
    void postgresTakesTheSchemaOfTheUrl() throws SQLException {
        try (var db = TestDatabases.postgres(); Connection c = Connections.open(db.url())) {
            Dialect d = Dialect.forConnection(c, db.url().withParam("schema", "app"));
            assertThat(d).isInstanceOf(PostgresDialect.class);
            assertThat(d.capabilities().defaultNamespace()).isEqualTo("app");
        }
    }

    @Test
    void mariadbCannotRenameIndexes() throws SQLException {
        try (var db = TestDatabases.mysql(); Connection c = Connections.open(db.url())) {
            Dialect d = Dialect.forConnection(c, db.url());
            assertThat(d).isInstanceOf(MysqlDialect.class);
            boolean mariadb = c.getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb");
            assertThat(d.capabilities().has(Capability.RENAME_INDEX)).isEqualTo(!mariadb);
            assertThat(d.capabilities().has(Capability.JSON_IS_LONGTEXT)).isEqualTo(mariadb);
        }
    }
}
