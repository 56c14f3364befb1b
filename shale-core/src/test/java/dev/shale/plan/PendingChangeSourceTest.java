package dev.shale.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.lint.Finding;
import dev.shale.lint.LintContext;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationsReader;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pending change of a project: replayed history (or the cache) diffed with calc(schema), then linted. */
class PendingChangeSourceTest {
    @TempDir Path project;

    static final String INIT = """
            CREATE TABLE "User" (
                "id" TEXT NOT NULL,
                "name" TEXT,
                "legacy" TEXT NOT NULL,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );
            """;

    static String schema(String provider, String body) {
        return "datasource db {\n  provider = \"" + provider + "\"\n}\n\n" + body;
    }

    static final String CHANGED = """
            model User {
              id   String @id
              name String
              slug String
            }
            """;

    static final String SAME = """
            model User {
              id     String  @id
              name   String?
              legacy String
            }
            """;

    private MigrationsDirectory migrations(String... scripts) throws Exception {
        Path dir = project.resolve("prisma/migrations");
        for (int i = 0; i < scripts.length; i++) {
            Path folder = dir.resolve(String.format("2024010100%04d_step_%d", i, i));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("migration.sql"), scripts[i]);
        }
        return new MigrationsDirectory(dir);
    }

    private PendingChangeSource.Outcome compute(String schema, MigrationsDirectory dir, Optional<DatabaseUrl> shadow) {
        return PendingChangeSource.compute(new PendingChangeSource.Request(project,
                Psl.parse(new SourceFile("schema.prisma", schema)), dir.list(), Optional.empty(), shadow, "1.0.0"));
    }

    @Test
    void unsafeChangeIsComputedLintedAndTheSecondRunReadsTheCache() throws Exception {
        MigrationsDirectory dir = migrations(INIT);
        String schema = schema("postgresql", CHANGED);
        try (TestDatabases.TestDatabase shadow = TestDatabases.postgres()) {
            var outcome = compute(schema, dir, Optional.of(shadow.url()));
            assertThat(outcome).isInstanceOf(PendingChangeSource.Computed.class);
            var computed = (PendingChangeSource.Computed) outcome;
            assertThat(computed.history().fromCache()).isFalse();
            assertThat(computed.change().sql()).contains("DROP COLUMN \"legacy\"").containsPattern("ADD COLUMN +\"slug\" TEXT NOT NULL")
                    .contains("SET NOT NULL");

            LintReport report = Linter.standard().lint(LintContext.builder()
                    .migrations(MigrationsReader.read(dir.path(), project))
                    .schema(new SchemaInput(Psl.parse(new SourceFile("schema.prisma", schema))))
                    .pendingChange(computed.change()).build());
            assertThat(codes(report)).contains("SH201", "SH202", "SH206");
            Finding slug = report.findings().stream().filter(f -> f.code().equals("SH201")).findFirst().orElseThrow();
            assertThat(slug.file() + ":" + slug.line()).isEqualTo("schema.prisma:8");

            var again = (PendingChangeSource.Computed) compute(schema, dir, Optional.of(shadow.url()));
            assertThat(again.history().fromCache()).isTrue();
            assertThat(again.change()).isEqualTo(computed.change());
        }
    }

    @Test
    void anUnchangedProjectReadsTheRenderedChangeAndAnyEditComputesAgain() throws Exception {
        MigrationsDirectory dir = migrations(INIT);
        try (TestDatabases.TestDatabase shadow = TestDatabases.postgres()) {
            java.util.function.BiFunction<String, MigrationsDirectory, PendingChangeSource.Outcome> run = (text, d) ->
                    PendingChangeSource.computeRendered(new PendingChangeSource.Request(project,
                            Psl.parse(new SourceFile("schema.prisma", text)), d.list(), Optional.empty(),
                            Optional.of(shadow.url()), "1.0.0"));
            var first = (PendingChangeSource.Computed) run.apply(schema("postgresql", CHANGED), dir);
            var second = (PendingChangeSource.Rendered) run.apply(schema("postgresql", CHANGED), dir);
            assertThat(second.change().sql()).isEqualTo(first.change().sql());
            assertThat(second.steps()).isEqualTo(first.change().steps().size());
            assertThat(second.inSync()).isFalse();

            // One more space in the schema, or one more migration: computed again (the history from its cache).
            var edited = run.apply(schema("postgresql", CHANGED + " "), dir);
            assertThat(edited).isInstanceOf(PendingChangeSource.Computed.class);
            assertThat(((PendingChangeSource.Computed) edited).history().fromCache()).isTrue();
            MigrationsDirectory longer = migrations(INIT, "ALTER TABLE \"User\" ADD COLUMN \"slug\" TEXT NOT NULL;\n");
            var more = (PendingChangeSource.Computed) run.apply(schema("postgresql", CHANGED), longer);
            assertThat(more.change().sql()).doesNotContain("ADD COLUMN");
        }
    }

    @Test
    void schemaMatchingTheHistoryIsInSync() throws Exception {
        MigrationsDirectory dir = migrations(INIT);
        try (TestDatabases.TestDatabase shadow = TestDatabases.postgres()) {
            var computed = (PendingChangeSource.Computed) compute(schema("postgresql", SAME), dir, Optional.of(shadow.url()));
            assertThat(computed.inSync()).as(computed.change().sql()).isTrue();
        }
    }

    @Test
    void sqliteReplaysOnATemporaryFile() throws Exception {
        MigrationsDirectory dir = migrations("CREATE TABLE \"User\" (\"id\" TEXT NOT NULL PRIMARY KEY, \"name\" TEXT, "
                + "\"legacy\" TEXT NOT NULL);\n");
        var computed = (PendingChangeSource.Computed) compute(schema("sqlite", CHANGED), dir, Optional.empty());
        assertThat(computed.kind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(computed.change().steps()).isNotEmpty();
    }

    @Test
    void whatCannotBeComputedIsSaidNotThrown() throws Exception {
        MigrationsDirectory dir = migrations(INIT);
        var mysql = (PendingChangeSource.NotComputed) compute(schema("mysql", CHANGED), dir, Optional.empty());
        assertThat(mysql.reason()).contains("--shadow-url");
        assertThat(mysql.problem()).isFalse();

        var invalid = (PendingChangeSource.NotComputed) compute(schema("postgresql", "model User {\n  id Strin @id\n}\n"), dir,
                Optional.empty());
        assertThat(invalid.reason()).contains("not valid");

        var wrongShadow = (PendingChangeSource.NotComputed) compute(schema("postgresql", CHANGED), dir,
                Optional.of(DatabaseUrl.parse("file:" + project.resolve("x.db"))));
        assertThat(wrongShadow.reason()).contains("is not a postgresql database");

        MigrationsDirectory broken = migrations(INIT, "ALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;\n");
        try (TestDatabases.TestDatabase shadow = TestDatabases.postgres()) {
            var failed = (PendingChangeSource.NotComputed) compute(schema("postgresql", CHANGED), broken, Optional.of(shadow.url()));
            assertThat(failed.problem()).isTrue();
            assertThat(failed.reason()).startsWith("migration `20240101000001_step_1` failed to apply")
                    .contains("\"Nope\" does not exist");

            LintReport report = Linter.standard().lint(LintContext.builder()
                    .pendingChangeNotChecked(failed.reason(), failed.problem()).build());
            Finding f = report.findings().get(0);
            assertThat(f.code()).isEqualTo("SH003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("pending change not checked: migration `");
        }
    }

    private static List<String> codes(LintReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }
}
