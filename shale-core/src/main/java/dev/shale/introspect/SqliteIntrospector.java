package dev.shale.introspect;

import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.OpaqueObject;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite from {@code sqlite_master} and the table-valued PRAGMA functions, one query per kind of
 * object for all tables. Foreign key names, which no PRAGMA reports, are read from each table's
 * CREATE TABLE text.
 */
final class SqliteIntrospector implements Introspector {

    private static final class TableBuilder {
        final String name;
        final String sql;
        final List<Column> columns = new ArrayList<>();
        final TreeMap<Integer, String> keyColumns = new TreeMap<>();
        final List<Index> indexes = new ArrayList<>();
        final Map<Integer, List<String[]>> foreignKeys = new TreeMap<>();

        TableBuilder(String name, String sql) {
            this.name = name;
            this.sql = sql == null ? "" : sql;
        }
    }

    @Override
    public IntrospectionResult introspect(Connection connection, String... namespaces) {
        try (Statement st = connection.createStatement()) {
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            Map<String, String> indexSql = new LinkedHashMap<>();
            List<View> views = new ArrayList<>();
            List<OpaqueObject> opaque = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    String name = rs.getString(2);
                    switch (type) {
                        case "table" -> tables.put(name, new TableBuilder(name, rs.getString(4)));
                        case "view" -> views.add(new View(null, name, rs.getString(4)));
                        case "index" -> indexSql.put(name, rs.getString(4));
                        default -> opaque.add(new OpaqueObject(type + " on table \"" + rs.getString(3) + "\"", null, name));
                    }
                }
            }
            columns(st, tables);
            indexes(st, tables, indexSql, opaque);
            foreignKeys(st, tables);
            List<Table> built = new ArrayList<>();
            for (TableBuilder t : tables.values()) {
                built.add(build(t, tables));
                if (SqliteTableSql.hasCheck(t.sql)) {
                    opaque.add(new OpaqueObject("CHECK constraint in table", null, t.name));
                }
            }
            SqlSchema schema = new SqlSchema(List.of(), built, List.of(), List.of(), views, List.of(), opaque);
            return new IntrospectionResult(schema, opaque);
        } catch (SQLException e) {
            throw IntrospectionException.of("schema (SQLite)", e);
        }
    }

    private static void columns(Statement st, Map<String, TableBuilder> tables) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
                + "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                if (t == null) {
                    continue;
                }
                String name = rs.getString(2);
                String declared = rs.getString(3);
                ColumnType type = type(declared);
                Arity arity = rs.getInt(4) == 1 ? Arity.REQUIRED : Arity.NULLABLE;
                ColumnDefault d = SqliteDefaults.parse(rs.getString(5), type.family());
                int pk = rs.getInt(6);
                if (pk > 0) {
                    t.keyColumns.put(pk, name);
                }
                t.columns.add(new Column(name, type, arity, d, false));
            }
        }
    }

    /** The family Prisma gives a declared SQLite type. */
    static ColumnType type(String declared) {
        String t = declared == null ? "" : declared.trim().toUpperCase(Locale.ROOT);
        String base = t.contains("(") ? t.substring(0, t.indexOf('(')).trim() : t;
        TypeFamily family = switch (base) {
            case "INTEGER", "INT" -> TypeFamily.INT;
            case "BIGINT" -> TypeFamily.BIGINT;
            case "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION" -> TypeFamily.FLOAT;
            case "DECIMAL", "NUMERIC" -> TypeFamily.DECIMAL;
            case "BOOLEAN", "BOOL" -> TypeFamily.BOOLEAN;
            case "DATETIME", "DATE", "TIMESTAMP" -> TypeFamily.DATETIME;
            case "TEXT", "VARCHAR", "CHAR", "CHARACTER", "CLOB", "STRING", "NVARCHAR", "NCHAR" -> TypeFamily.STRING;
            case "BLOB" -> TypeFamily.BINARY;
            case "JSONB", "JSON" -> TypeFamily.JSON;
            default -> null;
        };
        return family == null ? ColumnType.unsupported(declared == null ? "" : declared) : ColumnType.family(family);
    }

    private static void indexes(Statement st, Map<String, TableBuilder> tables, Map<String, String> indexSql,
            List<OpaqueObject> opaque) throws SQLException {
        Map<String, List<IndexColumn>> columns = new LinkedHashMap<>();
        Map<String, Boolean> expression = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT il.name, x.name, x.\"desc\", x.cid FROM sqlite_master m "
                + "JOIN pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) x "
                + "WHERE m.type = 'table' AND x.key = 1 ORDER BY m.name, il.name, x.seqno")) {
            while (rs.next()) {
                String index = rs.getString(1);
                if (rs.getInt(4) < 0) {
                    expression.put(index, true);
                    continue;
                }
                columns.computeIfAbsent(index, k -> new ArrayList<>())
                        .add(new IndexColumn(rs.getString(2), rs.getInt(3) == 1 ? SortOrder.DESC : null, null, null));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT m.name, il.name, il.\"unique\", il.origin, il.partial "
                + "FROM sqlite_master m JOIN pragma_index_list(m.name) il WHERE m.type = 'table' ORDER BY m.name, il.name")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                String name = rs.getString(2);
                if (t == null || rs.getString(4).equals("pk")) {
                    continue;
                }
                if (expression.containsKey(name)) {
                    opaque.add(new OpaqueObject("expression index on table \"" + t.name + "\"", null, name));
                    continue;
                }
                String predicate = rs.getInt(5) == 1 ? SqliteTableSql.whereClause(indexSql.get(name)) : null;
                t.indexes.add(new Index(name, rs.getInt(3) == 1 ? IndexKind.UNIQUE : IndexKind.NORMAL,
                        columns.getOrDefault(name, List.of()), null, predicate));
            }
        }
    }

    private static void foreignKeys(Statement st, Map<String, TableBuilder> tables) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, "
                + "f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                + "ORDER BY m.name, f.id, f.seq")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                if (t == null) {
                    continue;
                }
                t.foreignKeys.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(new String[] {rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)});
            }
        }
    }

    private static Table build(TableBuilder t, Map<String, TableBuilder> tables) {
        PrimaryKey pk = t.keyColumns.isEmpty() ? null
                : new PrimaryKey(null, t.keyColumns.values().stream().map(IndexColumn::of).toList());
        List<Column> columns = t.columns;
        if (pk != null && pk.columns().size() == 1) {
            // An INTEGER primary key is the rowid: autoincrementing.
            columns = new ArrayList<>();
            for (Column c : t.columns) {
                boolean rowid = c.name().equals(pk.columns().get(0).column()) && c.type().family() == TypeFamily.INT;
                columns.add(rowid ? c.withAutoincrement(true) : c);
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        // PRAGMA numbers foreign keys from the last declared; declaration order is the reverse.
        List<Integer> ids = new ArrayList<>(t.foreignKeys.keySet());
        java.util.Collections.reverse(ids);
        for (Integer id : ids) {
            List<String[]> parts = t.foreignKeys.get(id);
            String referenced = parts.get(0)[0];
            List<String> from = parts.stream().map(p -> p[1]).toList();
            List<String> to = new ArrayList<>();
            for (String[] p : parts) {
                to.add(p[2]);
            }
            if (to.contains(null)) {
                TableBuilder r = tables.get(referenced);
                to = r == null ? to : new ArrayList<>(r.keyColumns.values());
            }
            fks.add(new ForeignKey(SqliteTableSql.foreignKeyName(t.sql, from), from, null, referenced, to,
                    ForeignKeyAction.parse(parts.get(0)[4]), ForeignKeyAction.parse(parts.get(0)[3])));
        }
        return new Table(null, t.name, columns, pk, t.indexes, fks, List.of());
    }
}
