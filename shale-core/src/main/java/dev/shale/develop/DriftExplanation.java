package dev.shale.develop;

import dev.shale.diff.AddForeignKey;
import dev.shale.diff.AlterEnum;
import dev.shale.diff.AlterTable;
import dev.shale.diff.ColumnPair;
import dev.shale.diff.CreateEnum;
import dev.shale.diff.CreateIndex;
import dev.shale.diff.CreateNamespace;
import dev.shale.diff.CreateTable;
import dev.shale.diff.DropEnum;
import dev.shale.diff.DropForeignKey;
import dev.shale.diff.DropIndex;
import dev.shale.diff.DropTable;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineIndex;
import dev.shale.diff.RedefineTable;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.RenameForeignKey;
import dev.shale.diff.RenameIndex;
import dev.shale.diff.TableChange;
import dev.shale.sql.Column;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.Value;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift in words: what the development database has that the migrations do not, and the other way
 * round, one line per object ({@code Table "User": column "nickname" exists in the database but not in
 * the migrations}). Read from the differ's steps from the replayed history to the database.
 */
public record DriftExplanation(List<String> lines) {
    private static final String IN_DB = "exists in the database but not in the migrations";
    private static final String IN_HISTORY = "is in the migrations but not in the database";

    public DriftExplanation {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * The explanation of {@code steps} = {@code Differ.diff(history, database)}; tables of
     * {@code defaultNamespace} (the URL's PostgreSQL schema, or null) are named without it.
     */
    public static DriftExplanation of(List<MigrationStep> steps, String defaultNamespace) {
        Writer w = new Writer(defaultNamespace);
        steps.forEach(s -> s.accept(w));
        return new DriftExplanation(w.lines);
    }

    private static String describe(Column c) {
        String type = c.type().enumRef() != null ? c.type().enumRef().name()
                : c.type().nativeType() != null ? c.type().nativeType().display()
                : c.type().unsupported() != null ? c.type().unsupported() : c.type().family().label();
        StringBuilder sb = new StringBuilder(type);
        sb.append(switch (c.arity()) {
            case REQUIRED -> " NOT NULL";
            case NULLABLE -> " NULL";
            case LIST -> "[]";
        });
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(defaultText(c.defaultValue().kind()));
        }
        if (c.autoincrement()) {
            sb.append(" autoincrement");
        }
        return sb.toString();
    }

    private static String defaultText(DefaultKind kind) {
        if (kind instanceof DefaultKind.Literal l) {
            return literal(l.value());
        } else if (kind instanceof DefaultKind.Now) {
            return "now()";
        } else if (kind instanceof DefaultKind.DbGenerated g) {
            return g.expression() == null ? "dbgenerated()" : g.expression();
        } else if (kind instanceof DefaultKind.SequenceNext n) {
            return "nextval(" + n.sequenceName() + ")";
        }
        return kind.toString();
    }

    private static String literal(Value v) {
        if (v instanceof Value.Str s) {
            return "'" + s.value() + "'";
        } else if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        } else if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        } else if (v instanceof Value.EnumValue e) {
            return e.value();
        }
        return v.toString();
    }

    private static String columns(ForeignKey fk) {
        return String.join(", ", fk.columns());
    }

    private static final class Writer implements MigrationStep.Visitor<Void> {
        final List<String> lines = new ArrayList<>();
        private final String defaultNamespace;

        Writer(String defaultNamespace) {
            this.defaultNamespace = defaultNamespace;
        }

        private String table(Table t) {
            boolean qualified = t.namespace() != null && !t.namespace().equals(defaultNamespace);
            return "Table \"" + (qualified ? t.namespace() + "." : "") + t.name() + "\"";
        }

        private Void add(String line) {
            lines.add(line);
            return null;
        }

        @Override
        public Void createNamespace(CreateNamespace step) {
            return add("Schema \"" + step.name() + "\" " + IN_DB);
        }

        @Override
        public Void createEnum(CreateEnum step) {
            return add("Enum \"" + step.type().name() + "\" " + IN_DB);
        }

        @Override
        public Void alterEnum(AlterEnum step) {
            String e = "Enum \"" + step.to().name() + "\": ";
            if (!step.addedValues().isEmpty()) {
                add(e + values(step.addedValues()) + " " + (step.addedValues().size() == 1 ? IN_DB
                        : IN_DB.replace("exists", "exist")));
            }
            if (!step.removedValues().isEmpty()) {
                add(e + values(step.removedValues()) + " " + (step.removedValues().size() == 1 ? IN_HISTORY
                        : IN_HISTORY.replace("is in", "are in")));
            }
            return null;
        }

        private static String values(List<String> values) {
            return (values.size() == 1 ? "value " : "values ")
                    + String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
        }

        @Override
        public Void dropEnum(DropEnum step) {
            return add("Enum \"" + step.type().name() + "\" " + IN_HISTORY);
        }

        @Override
        public Void createTable(CreateTable step) {
            return add(table(step.table()) + " " + IN_DB);
        }

        @Override
        public Void dropTable(DropTable step) {
            return add(table(step.table()) + " " + IN_HISTORY);
        }

        @Override
        public Void alterTable(AlterTable step) {
            String t = table(step.from()) + ": ";
            for (TableChange change : step.changes()) {
                if (change instanceof TableChange.AddColumn a) {
                    add(t + "column \"" + a.column().name() + "\" " + IN_DB);
                } else if (change instanceof TableChange.DropColumn d) {
                    add(t + "column \"" + d.column().name() + "\" " + IN_HISTORY);
                } else if (change instanceof TableChange.AlterColumn a) {
                    add(t + columnDiffers(a.from(), a.to()));
                } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                    add(t + columnDiffers(d.from(), d.to()));
                } else if (change instanceof TableChange.DropPrimaryKey d) {
                    add(t + "primary key \"" + d.primaryKey().name() + "\" " + IN_HISTORY);
                } else if (change instanceof TableChange.AddPrimaryKey a) {
                    add(t + "primary key \"" + a.primaryKey().name() + "\" " + IN_DB);
                } else if (change instanceof TableChange.RenamePrimaryKey r) {
                    add(t + "primary key \"" + r.from().name() + "\" of the migrations is named \"" + r.to().name()
                            + "\" in the database");
                }
            }
            return null;
        }

        private static String columnDiffers(Column history, Column database) {
            return "column \"" + history.name() + "\" differs: the migrations make it " + describe(history)
                    + ", the database has " + describe(database);
        }

        @Override
        public Void redefineTables(RedefineTables step) {
            for (RedefineTable r : step.tables()) {
                String t = table(r.from()) + ": ";
                r.addedColumns().forEach(c -> add(t + "column \"" + c.name() + "\" " + IN_DB));
                r.droppedColumns().forEach(c -> add(t + "column \"" + c.name() + "\" " + IN_HISTORY));
                for (ColumnPair p : r.columnPairs()) {
                    if (!p.changes().isEmpty()) {
                        add(t + columnDiffers(p.from(), p.to()));
                    }
                }
                if (r.droppedPrimaryKey() || !java.util.Objects.equals(r.from().primaryKey(), r.to().primaryKey())) {
                    add(t + "the primary key differs");
                }
                if (!r.from().foreignKeys().equals(r.to().foreignKeys())) {
                    add(t + "the foreign keys differ");
                }
            }
            return null;
        }

        @Override
        public Void createIndex(CreateIndex step) {
            return add(table(step.table()) + ": index \"" + step.index().name() + "\" " + IN_DB);
        }

        @Override
        public Void dropIndex(DropIndex step) {
            return add(table(step.table()) + ": index \"" + step.index().name() + "\" " + IN_HISTORY);
        }

        @Override
        public Void renameIndex(RenameIndex step) {
            return add(table(step.table()) + ": index \"" + step.from().name() + "\" of the migrations is named \""
                    + step.to().name() + "\" in the database");
        }

        @Override
        public Void redefineIndex(RedefineIndex step) {
            return add(table(step.fromTable()) + ": index \"" + step.from().name() + "\" of the migrations is named \""
                    + step.to().name() + "\" in the database");
        }

        @Override
        public Void addForeignKey(AddForeignKey step) {
            return add(table(step.table()) + ": foreign key " + fkName(step.foreignKey()) + " " + IN_DB);
        }

        @Override
        public Void dropForeignKey(DropForeignKey step) {
            return add(table(step.table()) + ": foreign key " + fkName(step.foreignKey()) + " " + IN_HISTORY);
        }

        @Override
        public Void renameForeignKey(RenameForeignKey step) {
            return add(table(step.table()) + ": foreign key " + fkName(step.from()) + " of the migrations is named \""
                    + step.to().name() + "\" in the database");
        }

        private static String fkName(ForeignKey fk) {
            return (fk.name() == null ? "" : "\"" + fk.name() + "\" ") + "(" + columns(fk) + " → "
                    + fk.referencedTable() + ")";
        }
    }
}
