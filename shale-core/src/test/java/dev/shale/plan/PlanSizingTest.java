package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.lint.LintConfig;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumType;
import dev.shale.sql.Index;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan sized with a live PostgreSQL: row counts against the configurable threshold, duplicates
 * that will stop a unique index, NULLs to fill, rows holding a removed enum value; and without a
 * database, every README saying it could not check.
 */
class PlanSizingTest {
    static final ColumnType TEXT = ColumnType.of(TypeFamily.STRING, "Text");
    static final ColumnType INT = ColumnType.of(TypeFamily.INT, "Integer");
    static final EnumType ROLE_BEFORE = new EnumType(null, "Role", List.of("USER", "ADMIN", "GUEST"));
    static final EnumType ROLE_AFTER = new EnumType(null, "Role", List.of("USER", "ADMIN"));

    static SqlSchema before() {
        return SqlSchema.of(List.of("public"), List.of(new Table(null, "User", List.of(Column.required("id", INT),
                Column.required("email", TEXT), Column.nullable("country", TEXT),
                Column.required("role", ColumnType.enumType(ROLE_BEFORE.ref()))), PrimaryKey.of("User_pkey", "id"), List.of(),
                List.of())), List.of(ROLE_BEFORE));
    }

    static SqlSchema after() {
        return SqlSchema.of(List.of("public"), List.of(new Table(null, "User", List.of(Column.required("id", INT),
                Column.required("email", TEXT), Column.required("country", TEXT),
                Column.required("role", ColumnType.enumType(ROLE_AFTER.ref()))), PrimaryKey.of("User_pkey", "id"),
                List.of(Index.unique("User_email_key", "email")), List.of())), List.of(ROLE_AFTER));
    }

    static SafePlan plan(DataAccess data, long largeTableRows) {
        PlanOptions options = PlanOptions.defaults().withLargeTableRows(largeTableRows)
                .withBackfills(Map.of("User.country", "'unknown'"));
        return Planner.plan("require_user_country", new PlanInput(before(), after(), Dialect.forKind(DatabaseKind.POSTGRESQL),
                DiffOptions.none(), data, options));
    }

    static String readmes(SafePlan plan) {
        StringBuilder sb = new StringBuilder();
        plan.migrations().forEach(m -> sb.append(m.readme().data()).append('\n'));
        return sb.toString();
    }

    @Test
    void sizesAndDataChecksComeFromTheDatabase() throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN', 'GUEST')");
                s.execute("CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL, \"country\" TEXT, "
                        + "\"role\" \"Role\" NOT NULL)");
                s.execute("INSERT INTO \"User\" SELECT g, 'u' || (g % 1497) || '@x', CASE WHEN g % 10 = 0 THEN NULL ELSE 'FR' END, "
                        + "CASE WHEN g % 100 = 0 THEN 'GUEST'::\"Role\" ELSE 'USER'::\"Role\" END FROM generate_series(1, 1500) g");
                s.execute("ANALYZE");
            }
            DataAccess data = new PostgresDataAccess(c, LintConfig.Thresholds.DEFAULT);
            SafePlan large = plan(data, 1000);
            String text = readmes(large);
            assertThat(text).contains("`User`: 1,500 rows (exact count), a large table (1,000 rows).")
                    .contains("**Duplicates:** 3 values of (\"email\") occur more than once in `User`")
                    .contains("`User`.`country` holds NULL in 150 rows")
                    .contains("`User`.`role` holds GUEST in 15 rows: move them before deploying.");
            assertThat(large.notes()).anyMatch(n -> n.contains("3 values of (\"email\") occur more than once"))
                    .anyMatch(n -> n.contains("15 rows hold the removed value GUEST"));

            SafePlan small = plan(data, 10_000);
            assertThat(readmes(small)).contains("1,500 rows (exact count), below the large-table threshold (10,000 rows)");
            assertThat(small.migrations().stream().map(PlannedMigration::phase))
                    .as("the phases do not depend on the size: the table may grow before the deploy")
                    .containsExactlyElementsOf(large.migrations().stream().map(PlannedMigration::phase).toList());
        }
    }

    @Test
    void withoutADatabaseEveryTableIsPlannedAsLarge() {
        SafePlan plan = plan(DataAccess.none(), 1000);
        assertThat(plan.migrations()).allSatisfy(m -> assertThat(m.readme().data())
                .anyMatch(d -> d.contains("the row count could not be checked without a database (give --url); planned as a "
                        + "large table")));
        assertThat(plan.notes()).isEmpty();
        assertThat(plan.migrations().stream().map(PlannedMigration::phase)).containsExactly("backfill",
                "create_index_user_email_key", "set_required", "remove_enum_values");
    }
}
