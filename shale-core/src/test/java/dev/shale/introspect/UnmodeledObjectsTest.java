package dev.shale.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.OpaqueObject;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.calc.Schemas;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects Shale does not model are read, reported once, kept in the schema, and never dropped by a
 * migration to a Prisma schema that does not mention them.
 */
class UnmodeledObjectsTest {
    private static final String SCHEMA_PG = """
            datasource db {
              provider = "postgresql"
            }

            model Item {
              id    Int @id
              price Int
            }
            """;

    @Test
    void postgresKeepsAndReportsWhatItCannotModel() throws SQLException {
        try (var db = TestDatabases.postgres(); Connection c = Connections.open(db.url()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"Item\" (\"id\" INTEGER NOT NULL, \"price\" INTEGER NOT NULL, "
                    + "CONSTRAINT \"Item_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"price_positive\" CHECK (price > 0))");
            st.execute("CREATE VIEW \"cheap\" AS SELECT * FROM \"Item\" WHERE price < 10");
            st.execute("CREATE MATERIALIZED VIEW \"totals\" AS SELECT count(*) AS n FROM \"Item\"");
            st.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
            st.execute("CREATE TRIGGER item_touch BEFORE UPDATE ON \"Item\" FOR EACH ROW EXECUTE FUNCTION touch()");
            st.execute("CREATE INDEX item_expr ON \"Item\" ((price * 2))");
            st.execute("CREATE SEQUENCE free_counter");
            st.execute("CREATE DOMAIN positive AS integer CHECK (VALUE > 0)");
            IntrospectionResult r = Introspector.forKind(DatabaseKind.POSTGRESQL).introspect(c);
            assertThat(r.unmodeled()).extracting(OpaqueObject::describe).containsExactlyInAnyOrder(
                    "materialized view \"public\".\"totals\"",
                    "function \"public\".\"touch()\"",
                    "trigger on table \"Item\" \"public\".\"item_touch\"",
                    "expression index on table \"Item\" \"public\".\"item_expr\"",
                    "domain \"public\".\"positive\"",
                    "sequence \"public\".\"free_counter\"");
            SqlSchema schema = r.schema();
            assertThat(schema.views()).extracting(v -> v.name()).containsExactly("cheap");
            Table item = schema.table("Item").orElseThrow();
            assertThat(item.checks()).extracting(ch -> ch.name()).containsExactly("price_positive");
            List<MigrationStep> steps = Differ.diff(schema, Schemas.sql(SCHEMA_PG, DatabaseKind.POSTGRESQL),
                    Dialect.forKind(DatabaseKind.POSTGRESQL).capabilities());
            assertThat(steps).as("nothing to migrate, nothing dropped").isEmpty();
        }
    }

    @Test
    void sqliteKeepsAndReportsWhatItCannotModel() throws SQLException {
        try (var db = TestDatabases.sqlite(); Connection c = Connections.open(db.url()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"Item\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
                    + "\"price\" INTEGER NOT NULL CHECK (price > 0))");
            st.execute("CREATE VIEW cheap AS SELECT * FROM \"Item\" WHERE price < 10");
            st.execute("CREATE TRIGGER item_touch AFTER UPDATE ON \"Item\" BEGIN SELECT 1; END");
            st.execute("CREATE INDEX item_expr ON \"Item\" (price * 2)");
            IntrospectionResult r = Introspector.forKind(DatabaseKind.SQLITE).introspect(c);
            assertThat(r.unmodeled()).extracting(OpaqueObject::describe).containsExactlyInAnyOrder(
                    "trigger on table \"Item\" \"item_touch\"",
                    "expression index on table \"Item\" \"item_expr\"",
                    "CHECK constraint in table \"Item\"");
            assertThat(r.schema().views()).extracting(v -> v.name()).containsExactly("cheap");
            String sqlite = SCHEMA_PG.replace("postgresql", "sqlite");
            assertThat(Differ.diff(r.schema(), Schemas.sql(sqlite, DatabaseKind.SQLITE),
                    Dialect.forKind(DatabaseKind.SQLITE).capabilities())).isEmpty();
        }
    }

    @Test
    void mysqlKeepsAndReportsWhatItCannotModel() throws SQLException {
        try (var db = TestDatabases.mysql(); Connection c = Connections.open(db.url()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE `Item` (`id` INTEGER NOT NULL, `price` INTEGER NOT NULL, PRIMARY KEY (`id`), "
                    + "CONSTRAINT `price_positive` CHECK (`price` > 0)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            st.execute("CREATE VIEW cheap AS SELECT * FROM `Item` WHERE price < 10");
            st.execute("CREATE TRIGGER item_touch BEFORE UPDATE ON `Item` FOR EACH ROW SET NEW.price = NEW.price");
            st.execute("CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2");
            IntrospectionResult r = Introspector.forKind(DatabaseKind.MYSQL).introspect(c);
            assertThat(r.unmodeled()).extracting(OpaqueObject::describe).containsExactlyInAnyOrder(
                    "trigger on table \"Item\" \"item_touch\"", "function \"twice\"");
            assertThat(r.schema().views()).extracting(v -> v.name()).containsExactly("cheap");
            assertThat(r.schema().table("Item").orElseThrow().checks()).extracting(ch -> ch.name()).containsExactly("price_positive");
            String mysql = SCHEMA_PG.replace("postgresql", "mysql");
            assertThat(Differ.diff(r.schema(), Schemas.sql(mysql, DatabaseKind.MYSQL),
                    Dialect.forKind(DatabaseKind.MYSQL).capabilities())).isEmpty();
        }
    }
}
