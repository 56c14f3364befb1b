package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.Table;
import dev.shale.sql.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The human summary {@code migrate diff} prints without {@code --script}: sections of added,
 * removed and changed tables and enums, each item under its section, as Prisma words them.
 */
public final class DiffSummary {
    /** Prisma's text when there is no difference. */
    public static final String NO_DIFFERENCE = "No difference detected.\n";

    /** The section kinds, in the order the summary lists them. */
    private enum Section {
        ADDED_SCHEMA,
        ADDED_ENUM,
        ADDED_TABLE,
        REMOVED_ENUM,
        REMOVED_TABLE,
        REDEFINED_TABLE,
        CHANGED_ENUM,
        CHANGED_TABLE
    }

    private record Item(Section section, String name, int step) {}

    private DiffSummary() {}

    /** The summary of the steps, as printed (ends with a newline). */
    public static String render(List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return NO_DIFFERENCE;
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            items.addAll(items(steps.get(i), i));
        }
        items.sort(Comparator.comparing(Item::section).thenComparing(Item::name, Names.BYTEWISE)
                .thenComparingInt(Item::step));
        StringBuilder out = new StringBuilder();
        Section section = null;
        String name = null;
        for (Item item : items) {
            if (item.section != section || !item.name.equals(name)) {
                out.append(header(item));
            }
            section = item.section;
            name = item.name;
            body(steps.get(item.step), out);
        }
        return out.toString();
    }

    private static List<Item> items(MigrationStep step, int i) {
        List<Item> out = new ArrayList<>();
        if (step instanceof CreateNamespace) {
            out.add(new Item(Section.ADDED_SCHEMA, "", i));
        } else if (step instanceof CreateEnum) {
            out.add(new Item(Section.ADDED_ENUM, "", i));
        } else if (step instanceof CreateTable) {
            out.add(new Item(Section.ADDED_TABLE, "", i));
        } else if (step instanceof DropEnum) {
            out.add(new Item(Section.REMOVED_ENUM, "", i));
        } else if (step instanceof DropTable) {
            out.add(new Item(Section.REMOVED_TABLE, "", i));
        } else if (step instanceof RedefineTables r) {
            for (RedefineTable t : r.tables()) {
                out.add(new Item(Section.REDEFINED_TABLE, t.from().name(), i));
            }
        } else if (step instanceof AlterEnum a) {
            out.add(new Item(Section.CHANGED_ENUM, a.from().name(), i));
        } else if (step instanceof AlterTable a) {
            out.add(new Item(Section.CHANGED_TABLE, a.from().name(), i));
        } else if (step instanceof CreateIndex c) {
            out.add(new Item(Section.CHANGED_TABLE, c.table().name(), i));
        } else if (step instanceof DropIndex d) {
            out.add(new Item(Section.CHANGED_TABLE, d.table().name(), i));
        } else if (step instanceof RenameIndex r) {
            out.add(new Item(Section.CHANGED_TABLE, r.table().name(), i));
        } else if (step instanceof RedefineIndex r) {
            out.add(new Item(Section.CHANGED_TABLE, r.fromTable().name(), i));
        } else if (step instanceof AddForeignKey a) {
            out.add(new Item(Section.CHANGED_TABLE, a.table().name(), i));
        } else if (step instanceof DropForeignKey d) {
            out.add(new Item(Section.CHANGED_TABLE, d.table().name(), i));
        } else if (step instanceof RenameForeignKey r) {
            out.add(new Item(Section.CHANGED_TABLE, r.table().name(), i));
        }
        return out;
    }

    private static String header(Item item) {
        return switch (item.section) {
            case ADDED_SCHEMA -> "\n[+] Added Schemas\n";
            case ADDED_ENUM -> "\n[+] Added enums\n";
            case ADDED_TABLE -> "\n[+] Added tables\n";
            case REMOVED_ENUM -> "\n[-] Removed enums\n";
            case REMOVED_TABLE -> "\n[-] Removed tables\n";
            case REDEFINED_TABLE -> "\n[*] Redefined table `" + item.name + "`\n";
            case CHANGED_ENUM -> "\n[*] Changed the `" + item.name + "` enum\n";
            case CHANGED_TABLE -> "\n[*] Changed the `" + item.name + "` table\n";
        };
    }

    private static void body(MigrationStep step, StringBuilder out) {
        if (step instanceof CreateNamespace n) {
            out.append("  - ").append(n.name()).append('\n');
        } else if (step instanceof CreateEnum c) {
            out.append("  - ").append(c.type().name()).append('\n');
        } else if (step instanceof CreateTable c) {
            out.append("  - ").append(c.table().name()).append('\n');
        } else if (step instanceof DropEnum d) {
            out.append("  - ").append(d.type().name()).append('\n');
        } else if (step instanceof DropTable d) {
            out.append("  - ").append(d.table().name()).append('\n');
        } else if (step instanceof AlterEnum a) {
            a.addedValues().forEach(v -> out.append("  [+] Added variant `").append(v).append("`\n"));
            a.removedValues().forEach(v -> out.append("  [-] Removed variant `").append(v).append("`\n"));
        } else if (step instanceof DropForeignKey d) {
            out.append("  [-] Removed foreign key on columns (").append(String.join(", ", d.foreignKey().columns())).append(")\n");
        } else if (step instanceof AddForeignKey a) {
            out.append("  [+] Added foreign key on columns (").append(String.join(", ", a.foreignKey().columns())).append(")\n");
        } else if (step instanceof RenameForeignKey r) {
            out.append("  [*] Renamed the foreign key \"").append(r.from().name()).append("\" to \"").append(r.to().name())
                    .append("\"\n");
        } else if (step instanceof DropIndex d) {
            out.append("  [-] Removed ").append(d.index().isUnique() ? "unique " : "").append("index on columns (")
                    .append(String.join(", ", d.index().columnNames())).append(")\n");
        } else if (step instanceof CreateIndex c) {
            out.append("  [+] Added ").append(c.index().isUnique() ? "unique " : "").append("index on columns (")
                    .append(String.join(", ", c.index().columnNames())).append(")\n");
        } else if (step instanceof RenameIndex r) {
            out.append("  [*] Renamed index `").append(r.from().name()).append("` to `").append(r.to().name()).append("`\n");
        } else if (step instanceof RedefineIndex r) {
            out.append("  [*] Redefined index `").append(r.from().name()).append("`\n");
        } else if (step instanceof AlterTable a) {
            for (TableChange change : a.changes()) {
                tableChange(a, change, out);
            }
        }
    }

    private static void tableChange(AlterTable a, TableChange change, StringBuilder out) {
        if (change instanceof TableChange.AddColumn c) {
            out.append("  [+] Added column `").append(c.column().name()).append("`\n");
        } else if (change instanceof TableChange.AlterColumn c) {
            out.append("  [*] Altered column `").append(c.to().name()).append("` ");
            out.append(columnChanges(c.from(), c.to(), c.changes())).append('\n');
        } else if (change instanceof TableChange.DropColumn c) {
            out.append("  [-] Removed column `").append(c.column().name()).append("`\n");
        } else if (change instanceof TableChange.DropAndRecreateColumn c) {
            out.append("  [*] Column `").append(c.to().name()).append("` would be dropped and recreated ");
            out.append(columnChanges(c.from(), c.to(), c.changes())).append('\n');
        } else if (change instanceof TableChange.DropPrimaryKey) {
            out.append("  [-] Dropped the primary key on columns (").append(keyColumns(a.from())).append(")\n");
        } else if (change instanceof TableChange.RenamePrimaryKey) {
            out.append("  [*] Renamed the primary key on columns (").append(keyColumns(a.from())).append(")\n");
        } else if (change instanceof TableChange.AddPrimaryKey) {
            // Prisma closes this line twice.
            out.append("  [+] Added primary key on columns (").append(keyColumns(a.to())).append(")\n)\n");
        }
    }

    private static String keyColumns(Table t) {
        return t.primaryKey() == null ? "" : String.join(", ", t.primaryKey().columnNames());
    }

    private static String columnChanges(Column from, Column to, Set<ColumnChange> changes) {
        EnumSet<ColumnChange> ordered = changes.isEmpty() ? EnumSet.noneOf(ColumnChange.class) : EnumSet.copyOf(changes);
        return "(" + ordered.stream().map(c -> switch (c) {
            case ARITY -> "changed from " + from.arity().label() + " to " + to.arity().label();
            case DEFAULT -> "default changed from `" + debug(from.defaultValue()) + "` to `" + debug(to.defaultValue()) + "`";
            case TYPE -> "type changed";
            case AUTOINCREMENT -> from.autoincrement() ? "column is no longer autoincrementing"
                    : "column became autoincrementing";
        }).collect(Collectors.joining(", ")) + ")";
    }

    /** A default as Prisma's debug output shows it: {@code Some(Value(Int(1)))}, {@code None}. */
    static String debug(ColumnDefault d) {
        if (d == null) {
            return "None";
        }
        DefaultKind k = d.kind();
        String inner;
        if (k instanceof DefaultKind.Now) {
            inner = "Now";
        } else if (k instanceof DefaultKind.DbGenerated g) {
            inner = "DbGenerated(" + (g.expression() == null ? "None" : "Some(" + quote(g.expression()) + ")") + ")";
        } else if (k instanceof DefaultKind.SequenceNext s) {
            inner = "Sequence(" + quote(s.sequenceName()) + ")";
        } else {
            inner = "Value(" + debug(((DefaultKind.Literal) k).value()) + ")";
        }
        return "Some(" + inner + ")";
    }

    private static String debug(Value v) {
        if (v instanceof Value.Str s) {
            return "String(" + quote(s.value()) + ")";
        }
        if (v instanceof Value.Int i) {
            return "Int(" + i.value() + ")";
        }
        if (v instanceof Value.Float f) {
            return "Float(BigDecimal(\"" + f.value().toPlainString() + "\"))";
        }
        if (v instanceof Value.Bool b) {
            return "Boolean(" + b.value() + ")";
        }
        if (v instanceof Value.EnumValue e) {
            return "Enum(" + quote(e.value()) + ")";
        }
        if (v instanceof Value.Json j) {
            return "Json(" + quote(j.value()) + ")";
        }
        if (v instanceof Value.Bytes b) {
            return "Bytes(" + b.hex() + ")";
        }
        if (v instanceof Value.DateTime dt) {
            return "DateTime(" + dt.value() + ")";
        }
        Value.ListValue l = (Value.ListValue) v;
        return "List([" + l.values().stream().map(DiffSummary::debug).collect(Collectors.joining(", ")) + "])";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
