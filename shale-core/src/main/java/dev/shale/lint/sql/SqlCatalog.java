package dev.shale.lint.sql;

import dev.shale.lint.sql.AlterAction.*;
import dev.shale.lint.sql.ParsedStatement.*;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the migrations so far say about the tables, columns and enums: built by replaying every
 * statement of every migration in order, so a rule looking at a statement knows the state just
 * before it (was the table created in this migration, was the column nullable, since which
 * migration). Tables never created in the known migrations are simply absent (existing, unknown).
 */
public final class SqlCatalog {
    private static final Pattern NOT_NULL_CHECK =
            Pattern.compile("^\\(?\\s*\"?([A-Za-z_][\\w$]*)\"?\\s+IS\\s+NOT\\s+NULL\\s*\\)?$", Pattern.CASE_INSENSITIVE);

    /** A column's state; {@code nullableSince} names the migration where it became (or was created) nullable. */
    public record ColumnState(String type, boolean notNull, boolean hasDefault, String nullableSince,
            boolean validatedNotNullCheck) {}

    /** A table's state; {@code createdIn} is the migration that created it. */
    public static final class TableState {
        private final String createdIn;
        private final Map<String, ColumnState> columns = new LinkedHashMap<>();
        private boolean hasPrimaryKey;

        TableState(String createdIn) {
            this.createdIn = createdIn;
        }

        public String createdIn() {
            return createdIn;
        }

        public Optional<ColumnState> column(String name) {
            return Optional.ofNullable(columns.get(name));
        }

        public Map<String, ColumnState> columns() {
            return java.util.Collections.unmodifiableMap(columns);
        }

        public boolean hasPrimaryKey() {
            return hasPrimaryKey;
        }
    }

    private final Map<String, TableState> tables = new HashMap<>();
    private final Map<String, List<String>> enums = new HashMap<>();
    /** NOT VALID checks of the form {@code col IS NOT NULL}: constraint name to table and column. */
    private final Map<String, String[]> pendingNotNullChecks = new HashMap<>();

    public Optional<TableState> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Optional<List<String>> enumValues(String name) {
        return Optional.ofNullable(enums.get(name));
    }

    /** Applies one statement of the migration {@code migration} to the catalog. */
    public void apply(String migration, ParsedStatement statement) {
        if (statement instanceof CreateTable t) {
            TableState state = new TableState(migration);
            for (ColumnDefinition c : t.columns()) {
                boolean notNull = c.notNull() || t.primaryKey().contains(c.name());
                state.columns.put(c.name(), new ColumnState(c.type(), notNull, c.hasDefault(),
                        notNull ? "" : migration, false));
            }
            state.hasPrimaryKey = !t.primaryKey().isEmpty();
            if (!t.ifNotExists() || !tables.containsKey(t.table().name())) {
                tables.put(t.table().name(), state);
            }
        } else if (statement instanceof DropTable d) {
            d.tables().forEach(n -> tables.remove(n.name()));
        } else if (statement instanceof AlterTable a) {
            a.actions().forEach(action -> applyAction(migration, a.table().name(), action));
        } else if (statement instanceof CreateEnum e) {
            enums.put(e.type().name(), List.copyOf(e.values()));
        } else if (statement instanceof AlterType t) {
            alterType(t);
        } else if (statement instanceof DropType d) {
            d.types().forEach(n -> enums.remove(n.name()));
        }
    }

    private void alterType(AlterType t) {
        String name = t.type().name();
        List<String> values = enums.get(name);
        switch (t.action()) {
            case ADD_VALUE -> {
                if (values != null) {
                    java.util.ArrayList<String> more = new java.util.ArrayList<>(values);
                    more.add(t.value());
                    enums.put(name, List.copyOf(more));
                }
            }
            case RENAME_VALUE -> {
                if (values != null) {
                    enums.put(name, values.stream().map(v -> v.equals(t.value()) ? t.newValue() : v).toList());
                }
            }
            case RENAME_TO -> {
                if (values != null) {
                    enums.remove(name);
                    enums.put(t.value(), values);
                }
            }
            case OTHER -> { }
        }
    }

    private void applyAction(String migration, String tableName, AlterAction action) {
        TableState table = tables.get(tableName);
        if (action instanceof RenameTable r) {
            if (table != null) {
                tables.remove(tableName);
                tables.put(r.to(), table);
            }
            return;
        }
        if (action instanceof AddConstraint c) {
            String column = notNullCheckColumn(c);
            if (column != null) {
                pendingNotNullChecks.put(c.name(), new String[] {tableName, column});
                if (!c.notValid()) {
                    markValidated(tableName, column);
                }
            }
        } else if (action instanceof ValidateConstraint v) {
            String[] check = pendingNotNullChecks.get(v.name());
            if (check != null && check[0].equals(tableName)) {
                markValidated(tableName, check[1]);
            }
        }
        if (table == null) {
            return;
        }
        Map<String, ColumnState> cols = table.columns;
        if (action instanceof AddColumn a) {
            ColumnDefinition c = a.column();
            cols.put(c.name(), new ColumnState(c.type(), c.notNull(), c.hasDefault(), c.notNull() ? "" : migration, false));
            table.hasPrimaryKey |= c.primaryKey();
        } else if (action instanceof DropColumn d) {
            cols.remove(d.column());
        } else if (action instanceof AlterColumnType t) {
            cols.computeIfPresent(t.column(), (k, s) -> new ColumnState(t.newType(), s.notNull(), s.hasDefault(),
                    s.nullableSince(), s.validatedNotNullCheck()));
        } else if (action instanceof SetNotNull n) {
            cols.computeIfPresent(n.column(),
                    (k, s) -> new ColumnState(s.type(), true, s.hasDefault(), "", s.validatedNotNullCheck()));
        } else if (action instanceof DropNotNull n) {
            cols.computeIfPresent(n.column(), (k, s) -> new ColumnState(s.type(), false, s.hasDefault(),
                    s.notNull() ? migration : s.nullableSince(), s.validatedNotNullCheck()));
        } else if (action instanceof SetDefault d) {
            cols.computeIfPresent(d.column(),
                    (k, s) -> new ColumnState(s.type(), s.notNull(), true, s.nullableSince(), s.validatedNotNullCheck()));
        } else if (action instanceof DropDefault d) {
            cols.computeIfPresent(d.column(),
                    (k, s) -> new ColumnState(s.type(), s.notNull(), false, s.nullableSince(), s.validatedNotNullCheck()));
        } else if (action instanceof RenameColumn r) {
            ColumnState s = cols.remove(r.from());
            if (s != null) {
                cols.put(r.to(), s);
            }
        } else if (action instanceof AddConstraint c) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                table.hasPrimaryKey = true;
            }
        } else if (action instanceof DropConstraint d && d.name().endsWith("_pkey")) {
            table.hasPrimaryKey = false;
        }
    }

    /** Records a validated {@code CHECK (col IS NOT NULL)}, even for tables the catalog does not know. */
    private void markValidated(String tableName, String column) {
        TableState table = tables.get(tableName);
        if (table != null) {
            table.columns.computeIfPresent(column,
                    (k, s) -> new ColumnState(s.type(), s.notNull(), s.hasDefault(), s.nullableSince(), true));
        }
        validatedOnUnknown.put(tableName + "." + column, Boolean.TRUE);
    }

    private final Map<String, Boolean> validatedOnUnknown = new HashMap<>();

    /** True when a validated {@code CHECK (column IS NOT NULL)} exists, so SET NOT NULL needs no scan. */
    public boolean hasValidatedNotNullCheck(String table, String column) {
        return validatedOnUnknown.containsKey(table + "." + column);
    }

    /** The column a {@code CHECK (col IS NOT NULL)} constraint is about, or null. */
    static String notNullCheckColumn(AddConstraint c) {
        if (c.kind() != ConstraintKind.CHECK) {
            return null;
        }
        Matcher m = NOT_NULL_CHECK.matcher(c.checkExpression().strip());
        if (!m.matches()) {
            return null;
        }
        String col = m.group(1);
        boolean quoted = c.checkExpression().contains("\"");
        return quoted ? col : col.toLowerCase(Locale.ROOT);
    }
}
