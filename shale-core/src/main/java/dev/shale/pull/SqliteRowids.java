package dev.shale.pull;

import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's rowid as Prisma reads it: a single-column primary key declared exactly {@code INTEGER}
 * is the rowid, so it autoincrements and is never null, whatever the catalog says about NULL; any
 * other primary key (even {@code INT}) is a plain column.
 */
final class SqliteRowids {
    private SqliteRowids() {}

    static SqlSchema apply(SqlSchema schema, DatabaseDetails details) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                boolean single = t.isSinglePrimaryKey(c.name());
                String declared = details.declaredType(t.name(), c.name());
                boolean rowid = single && (details.present() ? declared != null && declared.equalsIgnoreCase("INTEGER")
                        : c.type().family() == TypeFamily.INT && c.autoincrement());
                Column adjusted = c.withAutoincrement(rowid);
                columns.add(rowid ? adjusted.withArity(Arity.REQUIRED) : adjusted);
            }
            tables.add(t.withColumns(columns));
        }
        return schema.withTables(tables);
    }
}
