package dev.shale.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.Schemas;
import dev.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example platform's migration history and its schema agree: replayed on PostgreSQL, migration by
 * migration, each {@code migration.sql} is what Shale generates from the database the earlier ones
 * built to that step's schema (as {@code migrate dev} does), and after the last one the database is
 * exactly the example's {@code schema.prisma}.
 */
class ExamplePlatformHistoryTest {
    static final Path EXAMPLE = Path.of("../examples/companion-platform/prisma");
    static final Path STATES = Path.of("src/test/resources/companion-platform-states");

    /** The lines added by hand on top of the generated SQL of migrations that alter existing tables (SH307). */
    static final String TIMEOUTS_HEADER = "-- Added to the generated SQL: give up rather than queue behind a long query on a busy table.\n"
            + "SET lock_timeout = '5s';\nSET statement_timeout = '15min';\n\n";

    private static final Dialect POSTGRES = Dialect.forKind(DatabaseKind.POSTGRESQL);

    @Test
    void historyHasAtLeastFiveMigrationsStartingWithInit() {
        List<Migration> migrations = new MigrationsDirectory(EXAMPLE.resolve("migrations")).list();
        assertThat(migrations).hasSizeGreaterThanOrEqualTo(5);
        assertThat(migrations.get(0).name()).endsWith("_init");
        assertThat(new MigrationsDirectory(EXAMPLE.resolve("migrations")).lockedProvider()).contains("postgresql");
    }

    @Test
    void eachMigrationIsWhatShaleGeneratesAndTheLastOneEndsAtTheSchema() throws Exception {
        List<Migration> migrations = new MigrationsDirectory(EXAMPLE.resolve("migrations")).list();
        try (TestDatabases.TestDatabase db = TestDatabases.postgres(); Connection c = db.connect();
                Statement statement = c.createStatement()) {
            for (int i = 0; i < migrations.size(); i++) {
                Migration migration = migrations.get(i);
                boolean last = i == migrations.size() - 1;
                String target = Files.readString(last ? EXAMPLE.resolve("schema.prisma")
                        : STATES.resolve(migration.name() + ".prisma"));
                List<MigrationStep> steps = diff(introspect(c), target);
                String generated = migration.script().startsWith(TIMEOUTS_HEADER)
                        ? migration.script().substring(TIMEOUTS_HEADER.length()) : migration.script();
                assertThat(generated).as("migrations/%s/migration.sql", migration.name()).isEqualTo(POSTGRES.render(steps));
                statement.execute(migration.script());
            }
            assertThat(diff(introspect(c), Files.readString(EXAMPLE.resolve("schema.prisma"))))
                    .as("steps from the replayed history to schema.prisma").isEmpty();
        }
    }

    private static SqlSchema introspect(Connection c) throws Exception {
        return Introspector.forKind(DatabaseKind.POSTGRESQL).introspect(c).schema();
    }

    private static List<MigrationStep> diff(SqlSchema from, String schemaText) {
        CalculatedSchema to = Schemas.calculate(schemaText, DatabaseKind.POSTGRESQL);
        return Differ.diff(from, to.schema(), POSTGRES.capabilities(), new DiffOptions(to.virtualDefaultColumns()));
    }
}
