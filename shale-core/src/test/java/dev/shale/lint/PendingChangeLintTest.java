package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.lint.data.PostgresDataAccess;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.output.SqlCommentBlock;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ's steps for an unsafe change, linted as the next migration and placed in the schema. */
class PendingChangeLintTest {
    static final ColumnType TEXT = ColumnType.of(TypeFamily.STRING, "Text");
    static final String INIT = "CREATE TABLE \"User\" (\"id\" TEXT NOT NULL, \"name\" TEXT, \"legacy\" TEXT NOT NULL, "
            + "CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";
    static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id   String @id
              name String
              slug String
            }
            """;

    static PendingChange change() {
        Table from = new Table(null, "User", List.of(Column.required("id", TEXT), Column.nullable("name", TEXT),
                Column.required("legacy", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(), List.of());
        Table to = new Table(null, "User", List.of(Column.required("id", TEXT), Column.required("name", TEXT),
                Column.required("slug", TEXT)), PrimaryKey.of("User_pkey", "id"), List.of(), List.of());
        Dialect pg = Dialect.forKind(DatabaseKind.POSTGRESQL);
        List<MigrationStep> steps = Differ.diff(SqlSchema.of(List.of("public"), List.of(from), List.of()),
                SqlSchema.of(List.of("public"), List.of(to), List.of()), pg.capabilities());
        return PendingChange.of(steps, pg);
    }

    @Test
    void unsafeStepsAreFoundAndPointAtTheSchema() throws Exception {
        PendingChange change = change();
        assertThat(change.sql()).contains("ADD COLUMN").contains("DROP COLUMN \"legacy\"").contains("SET NOT NULL");
        try (TestDatabases.TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute(INIT);
                s.execute("INSERT INTO \"User\" VALUES ('1', NULL, 'x'), ('2', 'b', 'y')");
                s.execute("ANALYZE");
            }
            LintContext context = LintContext.builder()
                    .migrations(List.of(MigrationSource.ofSql("20240101000000_init", "init.sql", INIT)))
                    .schema(new SchemaInput(Psl.parse(new SourceFile("schema.prisma", SCHEMA))))
                    .pendingChange(change)
                    .data(new PostgresDataAccess(c, LintConfig.Thresholds.DEFAULT))
                    .build();
            LintReport report = Linter.standard().lint(context);

            Finding required = find(report, "SH201");
            assertThat(required.severity()).isEqualTo(Severity.ERROR);
            assertThat(required.message()).contains("\"User\" has 2 rows");
            assertThat(required.file() + ":" + required.line()).isEqualTo("schema.prisma:8");

            Finding nulls = find(report, "SH206");
            assertThat(nulls.severity()).isEqualTo(Severity.ERROR);
            assertThat(nulls.message()).contains("1 row holds NULL");
            assertThat(nulls.file() + ":" + nulls.line()).isEqualTo("schema.prisma:7");

            Finding drop = find(report, "SH202");
            assertThat(drop.message()).contains("drops required column \"User\".\"legacy\"");
            assertThat(drop.file()).isEqualTo("schema.prisma");
            assertThat(drop.line()).isEqualTo(5);

            String block = SqlCommentBlock.render(report);
            assertThat(block).startsWith("/*\n").endsWith("*/\n").contains("error SH201").contains("fix: ");
        }
    }

    private static Finding find(LintReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + report.findings()));
    }
}
