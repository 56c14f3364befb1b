package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.sql.Column;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the stages of a plan share: the two schema states, the unsafe changes, the state the
 * database is in after the migrations planned so far, the SQL of the database, the data, and the
 * migrations and notes collected. Each stage reads the current state, adds its migrations and
 * moves the state on.
 */
final class PlanContext {
    final Dialect dialect;
    final PhaseSql sql;
    final PlanOptions options;
    final PlanData data;
    final SqlSchema from;
    final SqlSchema to;
    final List<Change> changes;
    final String defaultNamespace;
    private final DiffOptions diffOptions;
    private SqlSchema state;
    private final List<PlannedMigration> migrations = new ArrayList<>();
    private final List<SafePlan.MissingValue> missing = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Type changes: the temporary column that takes the new type, and the name the old column gets. */
    private final Map<Change.ColumnTypeChanged, String[]> typeChangeColumns = new HashMap<>();
    /** Unsafe changes Shale does not take apart, with the reason (they come last, as the differ writes them). */
    private final Map<Change, String> unplanned;
    /** Temporary indexes on a type change's new column: their name, and the name they take after the old column goes. */
    private final Map<String, String[]> temporaryIndexes = new java.util.LinkedHashMap<>();
    /** Foreign keys the ordinary migration could not add yet (what they reference comes in a later phase). */
    private final List<Change.ForeignKeyAdded> deferredForeignKeys = new ArrayList<>();

    PlanContext(PlanInput input, List<Change> changes) {
        this.dialect = input.dialect();
        this.defaultNamespace = input.dialect().capabilities().defaultNamespace();
        this.sql = PhaseSql.of(input.dialect().kind(), defaultNamespace);
        this.options = input.options();
        this.data = new PlanData(input.data(), input.options().largeTableRows());
        this.from = input.from();
        this.to = input.to();
        this.changes = List.copyOf(changes);
        this.diffOptions = input.diffOptions();
        this.state = input.from();
        this.unplanned = Unplannable.reasons(changes, input.from(), input.to(), defaultNamespace);
        for (Change c : changes) {
            if (c instanceof Change.ColumnTypeChanged t) {
                String next = freeName(t.table(), t.toTable(), t.from().name() + "_new");
                String old = freeName(t.table(), t.toTable(), t.from().name() + "_old");
                typeChangeColumns.put(t, new String[] {next, old});
            }
        }
    }

    DatabaseKind kind() {
        return dialect.kind();
    }

    SqlSchema state() {
        return state;
    }

    void moveTo(SqlSchema next) {
        state = next;
    }

    SchemaEditor edit() {
        return new SchemaEditor(state, defaultNamespace);
    }

    /** The planned changes of a kind (the unplanned ones are left to the last migration). */
    <T extends Change> List<T> changes(Class<T> kind) {
        return changes.stream().filter(kind::isInstance).filter(c -> !unplanned.containsKey(c)).map(kind::cast).toList();
    }

    /** Every change of a kind, planned or not. */
    <T extends Change> List<T> allChanges(Class<T> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    Map<Change, String> unplanned() {
        return java.util.Collections.unmodifiableMap(unplanned);
    }

    void deferForeignKey(Change.ForeignKeyAdded fk) {
        deferredForeignKeys.add(fk);
    }

    List<Change.ForeignKeyAdded> deferredForeignKeys() {
        return List.copyOf(deferredForeignKeys);
    }

    /** Records a temporary index on {@code table} and the name it takes when the old column is gone. */
    void temporaryIndex(Table table, String temporary, String finalName) {
        temporaryIndexes.put(Names.key(table, defaultNamespace) + "\u0000" + temporary, new String[] {temporary, finalName});
    }

    /** The temporary indexes of {@code table}: pairs of their name and their final name. */
    List<String[]> temporaryIndexes(Table table) {
        String prefix = Names.key(table, defaultNamespace) + "\u0000";
        return temporaryIndexes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    List<MigrationStep> diff(SqlSchema a, SqlSchema b) {
        return Differ.diff(a, b, dialect.capabilities(), diffOptions);
    }

    /**
     * The steps as Prisma writes them, each statement passed through {@code transform} (the step and its
     * statement; null leaves the statement out).
     */
    String render(List<MigrationStep> steps, BiFunction<MigrationStep, String, String> transform) {
        StringBuilder script = new StringBuilder();
        for (MigrationStep step : steps) {
            List<String> statements = dialect.statements(step);
            if (statements.isEmpty()) {
                continue;
            }
            if (script.length() > 0) {
                script.append('\n');
            }
            script.append("-- ").append(step.description()).append('\n');
            for (String statement : statements) {
                String out = transform.apply(step, statement);
                if (out != null) {
                    script.append(out).append(";\n");
                }
            }
        }
        return script.toString();
    }

    String render(List<MigrationStep> steps) {
        return render(steps, (step, statement) -> statement);
    }

    void add(PlannedMigration migration) {
        migrations.add(migration);
    }

    List<PlannedMigration> migrations() {
        return List.copyOf(migrations);
    }

    void missing(SafePlan.MissingValue value) {
        if (!missing.contains(value)) {
            missing.add(value);
        }
    }

    List<SafePlan.MissingValue> missing() {
        return List.copyOf(missing);
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The column that takes a type change's new type until the switch. */
    String newColumn(Change.ColumnTypeChanged change) {
        return typeChangeColumns.get(change)[0];
    }

    /** The name the old column of a type change gets at the switch, until it is dropped. */
    String oldColumn(Change.ColumnTypeChanged change) {
        return typeChangeColumns.get(change)[1];
    }

    /** The type change of this table and column, if there is one. */
    Optional<Change.ColumnTypeChanged> typeChange(Table table, String column) {
        return allChanges(Change.ColumnTypeChanged.class).stream()
                .filter(c -> Names.key(c.table(), defaultNamespace).equals(Names.key(table, defaultNamespace))
                        && c.from().name().equals(column))
                .findFirst();
    }

    /** The column's type as the database spells it, for casts. */
    String typeOf(Column column) {
        return dialect.columnType(column.withAutoincrement(false));
    }

    /** The configured fill value of a column ({@code table.column}), if one was given. */
    Optional<String> backfillValue(Table table, String column) {
        return Optional.ofNullable(options.backfills().get(table.name() + "." + column));
    }

    /** The timeout statements of a migration (long ones when it scans a table); empty where the database has none. */
    List<String> timeouts(boolean inTransaction, boolean scans) {
        return sql.timeouts(inTransaction, options.lockTimeout(), scans ? options.scanTimeout() : options.statementTimeout());
    }

    private static String freeName(Table a, Table b, String wanted) {
        String name = wanted;
        int n = 2;
        while (a.column(name).isPresent() || b.column(name).isPresent()) {
            name = wanted + n++;
        }
        return name;
    }
}
