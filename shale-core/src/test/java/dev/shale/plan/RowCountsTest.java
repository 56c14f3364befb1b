package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.data.DataAnswer;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row counts for sizing plans on SQLite and MySQL/MariaDB: capped, exact below the cap, a reason otherwise. */
class RowCountsTest {

    @Test
    void sqliteCountsUpToTheCap() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.sqlite(); Connection c = db.connect()) {
            fill(c, "\"T\"");
            assertCounts(c, DatabaseKind.SQLITE);
        }
    }

    @Test
    void mysqlCountsUpToTheCap() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.mysql(); Connection c = db.connect()) {
            fill(c, "`T`");
            assertCounts(c, DatabaseKind.MYSQL);
        }
    }

    private static void fill(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO " + table + " (id) VALUES (1), (2), (3), (4), (5)");
        }
    }

    private static void assertCounts(Connection c, DatabaseKind kind) {
        DataAnswer<Long> exact = new RowCounts(c, kind, 10).rowCount("T");
        assertThat(exact.value()).isEqualTo(5);
        assertThat(exact.approximate()).isFalse();
        DataAnswer<Long> capped = new RowCounts(c, kind, 3).rowCount("T");
        assertThat(capped.approximate()).isTrue();
        assertThat(capped.value()).isGreaterThan(3);
        // MySQL may answer from InnoDB's estimate first; a count stops one row past the cap.
        assertThat(capped.how()).isIn("more than 3", "InnoDB estimate");
        DataAnswer<Long> missing = new RowCounts(c, kind, 3).rowCount("Nope");
        assertThat(missing.known()).isFalse();
        assertThat(missing.unavailableReason()).isNotEmpty();
        assertThat(new RowCounts(c, kind, 3).duplicateGroups("T", List.of("id")).unavailableReason()).contains("PostgreSQL only");
    }
}
