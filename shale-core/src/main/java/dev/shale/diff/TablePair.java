package dev.shale.diff;

import dev.shale.sql.Column;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table present before and after, with its columns matched by name. Dropped and added columns
 * come in column-name order, altered ones in their old position: the order Prisma writes them.
 */
final class TablePair {
    final Table from;
    final Table to;
    final List<Column> dropped = new ArrayList<>();
    final List<Column> added = new ArrayList<>();
    /** Columns in both, in column-name order, with their changes. */
    final List<ColumnPair> pairs = new ArrayList<>();
    private final Map<String, ColumnPair> pairsByOldName = new HashMap<>();

    TablePair(Table from, Table to, dev.shale.dialect.DialectCapabilities caps) {
        this.from = from;
        this.to = to;
        // A name-sorted merge walk over both column sets (byte order of the UTF-8 names, like Prisma's BTreeMap).
        TreeMap<String, Column[]> byName = new TreeMap<>(Names.BYTEWISE);
        for (Column c : from.columns()) {
            byName.computeIfAbsent(c.name(), k -> new Column[2])[0] = c;
        }
        for (Column c : to.columns()) {
            byName.computeIfAbsent(c.name(), k -> new Column[2])[1] = c;
        }
        for (Column[] both : byName.values()) {
            if (both[1] == null) {
                dropped.add(both[0]);
            } else if (both[0] == null) {
                added.add(both[1]);
            } else {
                ColumnDiffer.Changes changes = ColumnDiffer.changes(both[0], both[1], caps);
                ColumnPair pair = new ColumnPair(both[0], both[1], changes.changes(), changes.typeChange());
                pairs.add(pair);
                pairsByOldName.put(both[0].name(), pair);
            }
        }
    }

    /** The column pairs in the old table's column order (the order of ALTER COLUMN clauses). */
    List<ColumnPair> pairsInOldOrder() {
        List<ColumnPair> out = new ArrayList<>();
        for (Column c : from.columns()) {
            ColumnPair p = pairsByOldName.get(c.name());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    ColumnPair pair(String oldColumnName) {
        return pairsByOldName.get(oldColumnName);
    }

    boolean anyColumnChanged() {
        return pairs.stream().anyMatch(p -> !p.changes().isEmpty());
    }
}
