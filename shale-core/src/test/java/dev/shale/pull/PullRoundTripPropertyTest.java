package dev.shale.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.datamodel.Datamodel;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.calc.SqlSchemaCalculator;
import dev.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For generated datamodels D: {@code pull(introspect(apply(diff(empty, calc(D)))))} is a valid
 * schema, and calculating it gives back exactly the database that was introspected.
 */
class PullRoundTripPropertyTest {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 25)
    void postgresql(@ForAll("seeds") long seed) {
        roundTrip(seed, DatabaseKind.POSTGRESQL);
    }

    @Property(tries = 25)
    void sqlite(@ForAll("seeds") long seed) {
        roundTrip(seed, DatabaseKind.SQLITE);
    }

    /**
     * MySQL/MariaDB runs only where a server is configured; a JUnit test (not a jqwik property) so that
     * it is skipped with the usual notice instead of exhausting its tries. The seeds are random per run
     * and printed on failure.
     */
    @org.junit.jupiter.api.Test
    void mysql() {
        TestDatabases.mysql().close();
        java.util.Random seeds = new java.util.Random();
        for (int i = 0; i < 15; i++) {
            roundTrip(seeds.nextLong(), DatabaseKind.MYSQL);
        }
    }

    static Datamodel valid(String text, String what) {
        ValidationResult v = Psl.validate(List.of(new SourceFile("schema.prisma", text)));
        assertThat(v.isValid()).as(what + " must validate:\n" + text + "\n"
                + new DiagnosticRenderer(false).render(v.diagnostics(), List.of(new SourceFile("schema.prisma", text)))).isTrue();
        return v.datamodel().orElseThrow();
    }

    private static void roundTrip(long seed, DatabaseKind kind) {
        String generated = new SchemaGenerator(seed, kind).generate();
        Datamodel d = valid(generated, "generated schema (seed " + seed + ")");
        SqlSchema calculated = SqlSchemaCalculator.calculate(d);
        try (TestDatabases.TestDatabase db = TestDatabases.of(kind); Connection c = Connections.open(db.url())) {
            Dialect dialect = Dialect.forKind(kind);
            List<MigrationStep> steps = Differ.diff(SqlSchema.empty(), calculated, dialect.capabilities());
            try (Statement st = c.createStatement()) {
                for (MigrationStep step : steps) {
                    for (String sql : dialect.statements(step)) {
                        st.execute(sql);
                    }
                }
            }
            SqlSchema introspected = Introspector.forKind(kind).introspect(c).schema();
            DatabaseDetails details = DatabaseDetailsReader.read(c, kind);
            PullResult pulled = DbPull.pull(introspected, kind, details, ExistingSchema.none(kind));
            String context = "seed " + seed + "\ngenerated:\n" + generated + "\npulled:\n" + pulled.text();
            Datamodel again = valid(pulled.text(), "pulled schema (" + context + ")");
            SqlSchema recalculated = SqlSchemaCalculator.calculate(again);
            List<Object> want = comparable(introspected);
            List<Object> got = comparable(recalculated);
            assertThat(got.get(1)).as("enums\n" + context).isEqualTo(want.get(1));
            @SuppressWarnings("unchecked")
            List<Table> wantTables = (List<Table>) want.get(0);
            @SuppressWarnings("unchecked")
            List<Table> gotTables = (List<Table>) got.get(0);
            assertThat(gotTables.stream().map(Table::name).toList()).as("tables\n" + context)
                    .isEqualTo(wantTables.stream().map(Table::name).toList());
            for (int i = 0; i < wantTables.size(); i++) {
                assertThat(gotTables.get(i)).as("table " + wantTables.get(i).name() + "\n" + context).isEqualTo(wantTables.get(i));
            }
        } catch (SQLException e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + generated, e);
        }
    }

    /** Tables and enums in name order, with "the default namespace" spelled out. */
    private static List<Object> comparable(SqlSchema s) {
        SqlSchema n = withPublic(s).normalized();
        return List.of(n.tables(), n.enums());
    }

    private static SqlSchema withPublic(SqlSchema s) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column c0 : t.columns()) {
                Column c = zeroPrecision(c0);
                EnumRef e = c.type().enumRef();
                columns.add(e == null ? c : c.withType(new ColumnType(c.type().family(), c.type().nativeType(),
                        new EnumRef(ns(e.namespace()), e.name(), e.values()), c.type().unsupported())));
            }
            List<ForeignKey> fks = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                fks.add(new ForeignKey(fk.name(), fk.columns(), ns(fk.referencedNamespace()), fk.referencedTable(),
                        fk.referencedColumns(), fk.onDelete(), fk.onUpdate()));
            }
            tables.add(new Table(ns(t.namespace()), t.name(), columns, t.primaryKey(), t.indexes(), fks, t.checks()));
        }
        List<EnumType> enums = new ArrayList<>();
        for (EnumType e : s.enums()) {
            enums.add(new EnumType(ns(e.namespace()), e.name(), e.values()));
        }
        return SqlSchema.of(List.of(), tables, enums);
    }

    /**
     * MySQL reports DATETIME(0) as plain {@code datetime}: Shale's introspection keeps no precision
     * where the calculation writes 0. Both mean the same column, so they compare equal here.
     */
    private static Column zeroPrecision(Column c) {
        dev.shale.sql.NativeType nt = c.type().nativeType();
        if (nt != null && nt.args().isEmpty() && List.of("DateTime", "Timestamp", "Time").contains(nt.name())
                && c.type().family() == dev.shale.sql.TypeFamily.DATETIME) {
            return c.withType(new ColumnType(c.type().family(), dev.shale.sql.NativeType.of(nt.name(), 0), null, null));
        }
        return c;
    }

    private static String ns(String namespace) {
        return namespace == null ? "public" : namespace;
    }
}
