package dev.shale.diff;

import dev.shale.db.DatabaseKind;
import dev.shale.dialect.DialectCapabilities;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.EnumRef;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings Prisma puts at the top of a destructive migration, computed from the steps alone
 * (without looking at the data, as {@code migrate dev} writes them into {@code migration.sql}):
 * first what may lose data, then what may fail.
 *
 * @param warnings data that may be lost (dropped tables and columns, risky casts, ...)
 * @param unexecutable steps that fail when the table has rows (a required column without default, ...)
 */
public record MigrationWarnings(List<String> warnings, List<String> unexecutable) {

    public MigrationWarnings {
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    public boolean isEmpty() {
        return warnings.isEmpty() && unexecutable.isEmpty();
    }

    /** All messages in Prisma's order: warnings, then unexecutable steps. */
    public List<String> all() {
        List<String> out = new ArrayList<>(warnings);
        out.addAll(unexecutable);
        return out;
    }

    public static MigrationWarnings of(List<MigrationStep> steps, DialectCapabilities caps) {
        Collector c = new Collector(caps.kind());
        for (MigrationStep step : steps) {
            c.check(step);
        }
        return new MigrationWarnings(c.warnings, c.unexecutable);
    }

    private static final class Collector {
        private final DatabaseKind kind;
        private final List<String> warnings = new ArrayList<>();
        private final List<String> unexecutable = new ArrayList<>();

        Collector(DatabaseKind kind) {
            this.kind = kind;
        }

        void check(MigrationStep step) {
            if (step instanceof AlterTable a) {
                for (TableChange change : a.changes()) {
                    checkChange(a.from(), change);
                }
            } else if (step instanceof RedefineTables r) {
                for (RedefineTable t : r.tables()) {
                    checkRedefine(t);
                }
            } else if (step instanceof DropTable d) {
                warnings.add("You are about to drop the `" + d.table().name()
                        + "` table. If the table is not empty, all the data it contains will be lost.");
            } else if (step instanceof CreateIndex ci && !ci.onNewTable() && !ci.fromDropAndRecreate() && ci.index().isUnique()) {
                warnings.add("A unique constraint covering the columns `[" + String.join(",", ci.index().columnNames())
                        + "]` on the table `" + ci.table().name()
                        + "` will be added. If there are existing duplicate values, this will fail.");
            } else if (step instanceof AlterEnum ae && !ae.removedValues().isEmpty()) {
                enumValueRemoval(ae.to().name(), ae.removedValues());
            }
        }

        private void checkChange(Table table, TableChange change) {
            if (change instanceof TableChange.DropColumn d) {
                columnDrop(table, d.column());
            } else if (change instanceof TableChange.AddColumn a) {
                addColumn(table, a.column(), a.hasVirtualDefault());
            } else if (change instanceof TableChange.DropPrimaryKey) {
                primaryKeyChange(table);
            } else if (change instanceof TableChange.AlterColumn a) {
                alterColumn(table, a);
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                dropAndRecreate(table, d);
            }
        }

        private void checkRedefine(RedefineTable t) {
            if (t.droppedPrimaryKey()) {
                primaryKeyChange(t.from());
            }
            for (Column c : t.addedColumns()) {
                addColumn(t.from(), c, t.addedColumnsWithVirtualDefaults().contains(c));
            }
            for (Column c : t.droppedColumns()) {
                columnDrop(t.from(), c);
            }
            for (ColumnPair p : t.columnPairs()) {
                boolean aritySafe = !(p.from().arity() == Arity.NULLABLE && p.to().arity() == Arity.REQUIRED);
                if (!p.changes().contains(ColumnChange.TYPE) && aritySafe) {
                    continue;
                }
                if (p.changes().contains(ColumnChange.ARITY) && p.to().isRequired() && p.to().defaultValue() == null) {
                    madeRequired(t.from(), p.from());
                }
                if (p.typeChange() == TypeChange.RISKY_CAST) {
                    riskyCast(t.from(), p.from(), p.from().type().family().label(), p.to().type().family().label());
                } else if (p.typeChange() == TypeChange.NOT_CASTABLE) {
                    notCastable(t.from(), p.from(), p.from().type().family().label(), p.to().type().family().label());
                }
            }
        }

        private void alterColumn(Table table, TableChange.AlterColumn a) {
            if (kind == DatabaseKind.MYSQL) {
                if (a.changes().equals(java.util.Set.of(ColumnChange.DEFAULT))) {
                    return;
                }
                if (a.changes().contains(ColumnChange.ARITY) && a.to().isRequired()) {
                    madeRequired(table, a.from());
                    return;
                }
                EnumRef prev = a.from().type().enumRef();
                EnumRef next = a.to().type().enumRef();
                if (a.changes().equals(java.util.Set.of(ColumnChange.TYPE)) && prev != null && next != null) {
                    List<String> removed = prev.values().stream().filter(v -> !next.values().contains(v)).toList();
                    if (!removed.isEmpty()) {
                        enumValueRemoval(next.name(), removed);
                    }
                    return;
                }
            } else {
                if (a.changes().contains(ColumnChange.ARITY) && a.from().arity() == Arity.NULLABLE && a.to().isRequired()) {
                    madeRequired(table, a.from());
                }
                if (a.changes().contains(ColumnChange.ARITY) && a.from().arity() != Arity.LIST && a.to().arity() == Arity.LIST) {
                    unexecutable.add("Changed the column `" + a.from().name() + "` on the `" + table.name()
                            + "` table from a scalar field to a list field. If there are non-null values in that column, this step will fail.");
                }
            }
            if (a.typeChange() == TypeChange.RISKY_CAST) {
                riskyCast(table, a.from(), display(a.from()), display(a.to()));
            } else if (a.typeChange() == TypeChange.NOT_CASTABLE) {
                notCastable(table, a.from(), display(a.from()), display(a.to()));
            }
        }

        private void dropAndRecreate(Table table, TableChange.DropAndRecreateColumn d) {
            if (d.changes().contains(ColumnChange.ARITY) && d.from().arity() == Arity.NULLABLE && d.to().isRequired()
                    && d.to().defaultValue() == null) {
                unexecutable.add("Added the required column `" + d.from().name() + "` to the `" + table.name()
                        + "` table without a default value. This is not possible if the table is not empty.");
            } else if (d.to().isRequired() && d.to().defaultValue() == null) {
                unexecutable.add("Changed the type of `" + d.from().name() + "` on the `" + table.name()
                        + "` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.");
            } else {
                warnings.add("The `" + d.from().name() + "` column on the `" + table.name()
                        + "` table would be dropped and recreated. This will lead to data loss if there is data in the column.");
            }
        }

        /** How Prisma names a type in a warning: the native type with its arguments, else the family. */
        private static String display(Column c) {
            return c.type().nativeType() != null ? c.type().nativeType().display() : c.type().family().label();
        }

        private void columnDrop(Table table, Column column) {
            warnings.add("You are about to drop the column `" + column.name() + "` on the `" + table.name()
                    + "` table. All the data in the column will be lost.");
        }

        private void addColumn(Table table, Column column, boolean virtualDefault) {
            if (!column.isRequired() || column.defaultValue() != null) {
                return;
            }
            if (virtualDefault) {
                unexecutable.add("The required column `" + column.name() + "` was added to the `" + table.name()
                        + "` table with a prisma-level default value. This is not possible if the table is not empty. Please add this column as optional, then populate it before making it required.");
            } else {
                unexecutable.add("Added the required column `" + column.name() + "` to the `" + table.name()
                        + "` table without a default value. This is not possible if the table is not empty.");
            }
        }

        private void primaryKeyChange(Table table) {
            warnings.add("The primary key for the `" + table.name()
                    + "` table will be changed. If it partially fails, the table could be left without primary key constraint.");
        }

        private void madeRequired(Table table, Column column) {
            unexecutable.add("Made the column `" + column.name() + "` on table `" + table.name()
                    + "` required. This step will fail if there are existing NULL values in that column.");
        }

        private void riskyCast(Table table, Column column, String from, String to) {
            warnings.add("You are about to alter the column `" + column.name() + "` on the `" + table.name()
                    + "` table. The data in that column could be lost. The data in that column will be cast from `"
                    + from + "` to `" + to + "`.");
        }

        private void notCastable(Table table, Column column, String from, String to) {
            warnings.add("You are about to alter the column `" + column.name() + "` on the `" + table.name()
                    + "` table. The data in that column will be cast from `" + from + "` to `" + to
                    + "`. This cast may fail. Please make sure the data in the column can be cast.");
        }

        private void enumValueRemoval(String enumName, List<String> values) {
            warnings.add("The values [" + String.join(",", values) + "] on the enum `" + enumName
                    + "` will be removed. If these variants are still used in the database, this will fail.");
        }
    }
}
