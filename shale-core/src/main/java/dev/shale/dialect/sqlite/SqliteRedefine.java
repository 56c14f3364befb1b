package dev.shale.dialect.sqlite;

import static dev.shale.dialect.Sql.dq;

import dev.shale.dialect.Sql;
import dev.shale.diff.ColumnChange;
import dev.shale.diff.ColumnPair;
import dev.shale.diff.RedefineTable;
import dev.shale.diff.RedefineTables;
import dev.shale.sql.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's recipe for table changes ALTER TABLE cannot make (sqlite.org/lang_altertable.html):
 * with foreign key checks deferred and off, create {@code new_T}, copy the rows, drop {@code T},
 * rename {@code new_T}, recreate the indexes; then turn the checks back on.
 */
final class SqliteRedefine {
    private SqliteRedefine() {}

    static List<String> render(RedefineTables step) {
        List<String> out = new ArrayList<>();
        out.add("PRAGMA defer_foreign_keys=ON");
        out.add("PRAGMA foreign_keys=OFF");
        for (RedefineTable t : step.tables()) {
            String temporary = "new_" + t.to().name();
            out.add(SqliteTables.createTable(t.to(), temporary));
            if (!t.columnPairs().isEmpty()) {
                out.add("INSERT INTO " + dq(temporary) + " (" + Sql.join(t.columnPairs(), ", ", p -> dq(p.to().name()))
                        + ") SELECT " + Sql.join(t.columnPairs(), ", ", SqliteRedefine::source) + " FROM "
                        + dq(t.from().name()));
            }
            out.add("DROP TABLE " + dq(t.from().name()));
            out.add("ALTER TABLE " + dq(temporary) + " RENAME TO " + dq(t.to().name()));
            for (Index index : t.to().indexes()) {
                out.add(SqliteDialect.createIndex(t.to().name(), index));
            }
        }
        out.add("PRAGMA foreign_keys=ON");
        out.add("PRAGMA defer_foreign_keys=OFF");
        return out;
    }

    /** A column that became required with a default takes the default where it was NULL. */
    private static String source(ColumnPair p) {
        if (p.changes().contains(ColumnChange.ARITY) && p.to().isRequired() && p.to().defaultValue() != null) {
            String name = dq(p.from().name());
            return "coalesce(" + name + ", " + SqliteTables.defaultExpression(p.to().defaultValue()) + ") AS " + name;
        }
        return dq(p.from().name());
    }
}
