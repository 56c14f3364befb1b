package dev.shale.develop;

import dev.shale.db.DatabaseKind;
import dev.shale.diff.AlterTable;
import dev.shale.diff.ColumnChange;
import dev.shale.diff.ColumnPair;
import dev.shale.diff.DropTable;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineTable;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.TableChange;
import dev.shale.diff.TypeChange;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The data a change would lose or cannot keep, counted in the database it will run on: dropped tables
 * that still have rows, dropped or recast columns that still hold values (data loss), and required
 * columns added to filled tables or made required over NULLs (steps that cannot run). Only what the
 * data makes real is reported; an empty table loses nothing.
 */
public final class DataLossCheck {
    private DataLossCheck() {}

    /**
     * One finding.
     *
     * @param message what happens, with the count
     * @param count the rows or values concerned
     * @param unexecutable true when the step fails on this data (rather than losing it)
     */
    public record DataLoss(String message, long count, boolean unexecutable) {}

    /** The findings of {@code steps} on the data behind {@code connection} (read only). */
    public static List<DataLoss> check(List<MigrationStep> steps, Connection connection, DatabaseKind kind) {
        Counter counter = new Counter(connection, kind);
        List<DataLoss> found = new ArrayList<>();
        for (MigrationStep step : steps) {
            if (step instanceof DropTable d) {
                counter.rows(d.table()).ifPresent(n -> found.add(new DataLoss("You are about to drop the `" + d.table().name()
                        + "` table, which is not empty (" + n + " row" + (n == 1 ? "" : "s") + ").", n, false)));
            } else if (step instanceof AlterTable a) {
                for (TableChange change : a.changes()) {
                    alter(a.from(), change, counter, found);
                }
            } else if (step instanceof RedefineTables r) {
                for (RedefineTable t : r.tables()) {
                    redefine(t, counter, found);
                }
            }
        }
        return List.copyOf(found);
    }

    private static void alter(Table table, TableChange change, Counter counter, List<DataLoss> found) {
        if (change instanceof TableChange.DropColumn d) {
            dropped(table, d.column(), counter, found);
        } else if (change instanceof TableChange.AddColumn a) {
            added(table, a.column(), counter, found);
        } else if (change instanceof TableChange.AlterColumn a) {
            if (a.typeChange() == TypeChange.RISKY_CAST || a.typeChange() == TypeChange.NOT_CASTABLE) {
                recast(table, a.from(), counter, found);
            }
            if (a.changes().contains(ColumnChange.ARITY) && a.from().arity() == Arity.NULLABLE && a.to().isRequired()) {
                madeRequired(table, a.from(), counter, found);
            }
        } else if (change instanceof TableChange.DropAndRecreateColumn d) {
            counter.values(table, d.from()).ifPresent(n -> found.add(new DataLoss("The `" + d.from().name()
                    + "` column on the `" + table.name() + "` table would be dropped and recreated, losing its " + n
                    + " non-null value" + (n == 1 ? "" : "s") + ".", n, false)));
        }
    }

    private static void redefine(RedefineTable t, Counter counter, List<DataLoss> found) {
        t.droppedColumns().forEach(c -> dropped(t.from(), c, counter, found));
        t.addedColumns().forEach(c -> added(t.from(), c, counter, found));
        for (ColumnPair p : t.columnPairs()) {
            if (p.typeChange() == TypeChange.RISKY_CAST || p.typeChange() == TypeChange.NOT_CASTABLE) {
                recast(t.from(), p.from(), counter, found);
            }
            if (p.changes().contains(ColumnChange.ARITY) && p.from().arity() == Arity.NULLABLE && p.to().isRequired()
                    && p.to().defaultValue() == null) {
                madeRequired(t.from(), p.from(), counter, found);
            }
        }
    }

    private static void dropped(Table table, Column column, Counter counter, List<DataLoss> found) {
        counter.values(table, column).ifPresent(n -> found.add(new DataLoss("You are about to drop the column `" + column.name()
                + "` on the `" + table.name() + "` table, which still contains " + n + " non-null value"
                + (n == 1 ? "" : "s") + ".", n, false)));
    }

    private static void added(Table table, Column column, Counter counter, List<DataLoss> found) {
        if (column.isRequired() && column.defaultValue() == null && !column.autoincrement()) {
            counter.rows(table).ifPresent(n -> found.add(new DataLoss("Added the required column `" + column.name()
                    + "` to the `" + table.name() + "` table without a default value. There " + (n == 1 ? "is 1 row" : "are " + n
                    + " rows") + " in this table, it is not possible to execute this step.", n, true)));
        }
    }

    private static void recast(Table table, Column column, Counter counter, List<DataLoss> found) {
        counter.values(table, column).ifPresent(n -> found.add(new DataLoss("You are about to alter the column `"
                + column.name() + "` on the `" + table.name() + "` table, which contains " + n + " non-null value"
                + (n == 1 ? "" : "s") + ". The data in that column will be cast from `" + type(column) + "`; values may be lost "
                + "or the cast may fail.", n, false)));
    }

    private static void madeRequired(Table table, Column column, Counter counter, List<DataLoss> found) {
        counter.nulls(table, column).ifPresent(n -> found.add(new DataLoss("Made the column `" + column.name() + "` on table `"
                + table.name() + "` required, but there " + (n == 1 ? "is 1 existing NULL value" : "are " + n
                + " existing NULL values") + ".", n, true)));
    }

    private static String type(Column c) {
        return c.type().nativeType() != null ? c.type().nativeType().display() : c.type().family().label();
    }

    /** Counts, each a positive number or empty (zero, or the table is not there). */
    private static final class Counter {
        private final Connection connection;
        private final DatabaseKind kind;

        Counter(Connection connection, DatabaseKind kind) {
            this.connection = connection;
            this.kind = kind;
        }

        OptionalLong rows(Table t) {
            return count("SELECT count(*) FROM " + name(t));
        }

        OptionalLong values(Table t, Column c) {
            return count("SELECT count(*) FROM " + name(t) + " WHERE " + quote(c.name()) + " IS NOT NULL");
        }

        OptionalLong nulls(Table t, Column c) {
            return count("SELECT count(*) FROM " + name(t) + " WHERE " + quote(c.name()) + " IS NULL");
        }

        private OptionalLong count(String sql) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                long n = rs.next() ? rs.getLong(1) : 0;
                return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
            } catch (SQLException e) {
                // The table or column is not in this database (yet): nothing of it can be lost.
                return OptionalLong.empty();
            }
        }

        private String name(Table t) {
            return t.namespace() == null ? quote(t.name()) : quote(t.namespace()) + "." + quote(t.name());
        }

        private String quote(String identifier) {
            return kind == DatabaseKind.MYSQL ? "`" + identifier.replace("`", "``") + "`"
                    : "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }
}
