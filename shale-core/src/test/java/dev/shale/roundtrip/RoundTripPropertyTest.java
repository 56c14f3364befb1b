package dev.shale.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.mysql.MysqlDialect;
import dev.shale.diff.Differ;
import dev.shale.sql.Column;
import dev.shale.sql.Index;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.testing.TestDatabases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * On real databases: for generated schemas A and B, applying diff(empty, A) then diff(A, B) and
 * reading the database back gives exactly B; and diff(X, X) is empty for every generated and
 * introspected schema.
 */
class RoundTripPropertyTest {

    @Property(tries = 40)
    void postgres(@ForAll long seed) {
        roundTrip(DatabaseKind.POSTGRESQL, Dialect.forKind(DatabaseKind.POSTGRESQL), seed, "public");
    }

    @Property(tries = 60)
    void sqlite(@ForAll long seed) {
        roundTrip(DatabaseKind.SQLITE, Dialect.forKind(DatabaseKind.SQLITE), seed, null);
    }

    @Property(tries = 25)
    @AddLifecycleHook(SkipWithoutMysql.class)
    void mariadb(@ForAll long seed) {
        roundTrip(DatabaseKind.MYSQL, new MysqlDialect(true), seed, null);
    }

    private void roundTrip(DatabaseKind kind, Dialect dialect, long seed, String defaultNamespace) {
        SchemaGen gen = new SchemaGen(kind, seed);
        SqlSchema a = gen.schema();
        SqlSchema b = new SchemaMutations(gen).mutate(a);
        assertThat(Differ.diff(a, a, dialect.capabilities())).isEmpty();
        assertThat(Differ.diff(b, b, dialect.capabilities())).isEmpty();
        try (var db = TestDatabases.of(kind)) {
            Apply.migrate(db.url(), dialect, SqlSchema.empty(), a);
            SqlSchema afterA = Apply.introspect(db.url(), dialect);
            assertThat(comparable(afterA, defaultNamespace)).as("database after A").isEqualTo(comparable(a, defaultNamespace));
            assertThat(Differ.diff(afterA, afterA, dialect.capabilities())).isEmpty();
            assertThat(Differ.diff(afterA, a, dialect.capabilities())).as("diff(introspect(A), A)").isEmpty();

            var steps = Apply.migrate(db.url(), dialect, afterA, b);
            SqlSchema afterB = Apply.introspect(db.url(), dialect);
            assertThat(comparable(afterB, defaultNamespace)).as("database after B, script:\n" + dialect.render(steps)
                    + "\nfirst difference: " + firstDifference(comparable(afterB, defaultNamespace), comparable(b, defaultNamespace)))
                    .isEqualTo(comparable(b, defaultNamespace));
            assertThat(Differ.diff(afterB, b, dialect.capabilities())).as("diff(introspect(B), B)").isEmpty();
            assertThat(Differ.diff(afterB, afterB, dialect.capabilities())).isEmpty();
        }
    }

    private static String firstDifference(SqlSchema actual, SqlSchema expected) {
        for (int i = 0; i < Math.max(actual.tables().size(), expected.tables().size()); i++) {
            Table x = i < actual.tables().size() ? actual.tables().get(i) : null;
            Table y = i < expected.tables().size() ? expected.tables().get(i) : null;
            if (!java.util.Objects.equals(x, y)) {
                return "\n  actual   " + x + "\n  expected " + y;
            }
        }
        return "enums " + actual.enums() + " vs " + expected.enums();
    }

    /**
     * Equality up to what a migration cannot control: column order (added columns go last) and, on
     * MySQL, the index the database creates for each foreign key.
     */
    static SqlSchema comparable(SqlSchema s, String defaultNamespace) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Column> columns = new ArrayList<>(t.columns());
            columns.sort(Comparator.comparing(Column::name));
            List<Index> indexes = t.indexes().stream()
                    .filter(i -> t.foreignKeys().stream().noneMatch(fk -> fk.name().equals(i.name())))
                    .toList();
            tables.add(new Table(t.namespace(), t.name(), columns, t.primaryKey(), indexes, t.foreignKeys(), t.checks()));
        }
        return Normalize.withNamespace(s.withTables(tables), defaultNamespace);
    }
}
