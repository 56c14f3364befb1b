package dev.shale.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.mysql.MysqlDialect;
import dev.shale.diff.Differ;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.Schemas;
import dev.shale.testing.TestDatabases;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * On real databases, from generated Prisma schemas A and B: applying calc(A), then the diff to
 * calc(B), and reading the database back gives exactly calc(B); diff(X, X) is empty throughout.
 */
class DatamodelRoundTripPropertyTest {

    @Property(tries = 30)
    void postgres(@ForAll long seed) {
        roundTrip(DatabaseKind.POSTGRESQL, Dialect.forKind(DatabaseKind.POSTGRESQL), seed, "public");
    }

    @Property(tries = 40)
    void sqlite(@ForAll long seed) {
        roundTrip(DatabaseKind.SQLITE, Dialect.forKind(DatabaseKind.SQLITE), seed, null);
    }

    @Property(tries = 20)
    @AddLifecycleHook(SkipWithoutMysql.class)
    void mariadb(@ForAll long seed) {
        roundTrip(DatabaseKind.MYSQL, new MysqlDialect(true), seed, null);
    }

    private void roundTrip(DatabaseKind kind, Dialect dialect, long seed, String defaultNamespace) {
        PslGen genA = new PslGen(kind, seed);
        genA.generate();
        PslGen genB = genA.mutate(seed * 31 + 7);
        String textA = genA.render();
        String textB = genB.render();
        SqlSchema a = Schemas.sql(textA, kind);
        SqlSchema b = Schemas.sql(textB, kind);
        assertThat(Differ.diff(a, a, dialect.capabilities())).isEmpty();
        assertThat(Differ.diff(b, b, dialect.capabilities())).isEmpty();
        try (var db = TestDatabases.of(kind)) {
            Apply.migrate(db.url(), dialect, SqlSchema.empty(), a);
            SqlSchema afterA = Apply.introspect(db.url(), dialect);
            assertThat(RoundTripPropertyTest.comparable(afterA, defaultNamespace)).as("database after A of\n" + textA)
                    .isEqualTo(RoundTripPropertyTest.comparable(a, defaultNamespace));
            assertThat(Differ.diff(afterA, a, dialect.capabilities())).as("diff(introspect(A), A) of\n" + textA).isEmpty();
            var steps = Apply.migrate(db.url(), dialect, afterA, b);
            SqlSchema afterB = Apply.introspect(db.url(), dialect);
            assertThat(RoundTripPropertyTest.comparable(afterB, defaultNamespace))
                    .as("database after B\n" + textA + "\n=>\n" + textB + "\nscript:\n" + dialect.render(steps))
                    .isEqualTo(RoundTripPropertyTest.comparable(b, defaultNamespace));
            assertThat(Differ.diff(afterB, b, dialect.capabilities())).as("diff(introspect(B), B)").isEmpty();
            assertThat(Differ.diff(afterB, afterB, dialect.capabilities())).isEmpty();
        }
    }
}
