package dev.shale.dialect.postgres;

import static dev.shale.dialect.Sql.dq;

import dev.shale.dialect.Sql;
import dev.shale.diff.AlterTable;
import dev.shale.diff.ColumnChange;
import dev.shale.diff.TableChange;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One ALTER TABLE with its clauses separated by {@code ",\n"}, preceded by the statements it needs
 * first (a sequence to create) and followed by those after (a sequence to own or drop).
 */
final class PostgresAlterTable {
    private final PostgresNames names;
    private final PostgresTypes types;
    private final List<String> before = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<String> after = new ArrayList<>();

    PostgresAlterTable(PostgresNames names, PostgresTypes types) {
        this.names = names;
        this.types = types;
    }

    List<String> render(AlterTable step) {
        Table from = step.from();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey d) {
                clauses.add("DROP CONSTRAINT " + dq(d.primaryKey().name()));
            } else if (change instanceof TableChange.RenamePrimaryKey r) {
                clauses.add("RENAME CONSTRAINT " + dq(r.from().name()) + " TO " + dq(r.to().name()));
            } else if (change instanceof TableChange.AddPrimaryKey a) {
                String named = a.primaryKey().name() == null ? "" : "CONSTRAINT " + dq(a.primaryKey().name()) + " ";
                clauses.add("ADD " + named + "PRIMARY KEY (" + Sql.join(a.primaryKey().columnNames(), ", ", Sql::dq) + ")");
            } else if (change instanceof TableChange.AddColumn a) {
                clauses.add("ADD COLUMN " + types.columnDefinition(a.column()));
            } else if (change instanceof TableChange.DropColumn d) {
                clauses.add("DROP COLUMN " + dq(d.column().name()));
            } else if (change instanceof TableChange.AlterColumn a) {
                alterColumn(from, step.to(), a);
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                clauses.add("DROP COLUMN " + dq(d.from().name()));
                clauses.add("ADD COLUMN " + types.columnDefinition(d.to()));
            }
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(before);
        out.add("ALTER TABLE " + names.qualified(from.namespace(), from.name()) + " " + String.join(",\n", clauses));
        out.addAll(after);
        return out;
    }

    /** The actions of one altered column, in Prisma's order: default, nullability, type. */
    private void alterColumn(Table fromTable, Table toTable, TableChange.AlterColumn a) {
        Column prev = a.from();
        Column next = a.to();
        String prefix = "ALTER COLUMN " + dq(prev.name());
        boolean setType = false;
        for (ColumnChange change : ColumnChange.values()) {
            if (!a.changes().contains(change)) {
                continue;
            }
            switch (change) {
                case DEFAULT -> {
                    if (next.defaultValue() != null) {
                        setDefault(prefix, next);
                    } else {
                        dropDefault(prefix, a);
                    }
                }
                case ARITY -> {
                    Arity x = prev.arity();
                    Arity y = next.arity();
                    if (y == Arity.NULLABLE && x != Arity.NULLABLE) {
                        clauses.add(prefix + " DROP NOT NULL");
                    } else if (y == Arity.REQUIRED && x != Arity.REQUIRED) {
                        clauses.add(prefix + " SET NOT NULL");
                    }
                    setType |= x == Arity.LIST || y == Arity.LIST;
                }
                case TYPE -> setType = true;
                case AUTOINCREMENT -> {
                    if (prev.autoincrement()) {
                        dropDefault(prefix, a);
                    } else {
                        addSequence(prefix, toTable, next);
                    }
                }
            }
        }
        if (setType) {
            clauses.add(prefix + " SET DATA TYPE " + types.columnType(next));
        }
    }

    private void setDefault(String prefix, Column next) {
        clauses.add(prefix + " SET DEFAULT " + types.defaultExpression(next.defaultValue(), types.columnType(next)));
    }

    private void dropDefault(String prefix, TableChange.AlterColumn a) {
        clauses.add(prefix + " DROP DEFAULT");
        if (a.dropSequence() != null) {
            after.add("DROP SEQUENCE " + dq(a.dropSequence()));
        }
    }

    /** A sequence like the one SERIAL creates: {@code table_column_seq}, owned by the column. */
    private void addSequence(String prefix, Table table, Column column) {
        String namespace = table.namespace() == null ? "" : dq(table.namespace()) + ".";
        String sequence = (namespace + table.name() + "_" + column.name() + "_seq").toLowerCase(Locale.ROOT);
        before.add("CREATE SEQUENCE " + sequence);
        clauses.add(prefix + " SET DEFAULT nextval('" + sequence + "')");
        after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + PostgresNames.raw(table.namespace(), table.name())
                + "." + dq(column.name()));
    }
}
