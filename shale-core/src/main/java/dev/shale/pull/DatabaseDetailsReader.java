package dev.shale.pull;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.introspect.MysqlTypes;
import dev.shale.introspect.PostgresTypeMapping;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnType;
import dev.shale.sql.TypeFamily;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@link DatabaseDetails} from a live database: one query for the columns, one for the views. */
public final class DatabaseDetailsReader {
    private DatabaseDetailsReader() {}

    public static DatabaseDetails read(Connection c, DatabaseKind kind) {
        try {
            return switch (kind) {
                case POSTGRESQL -> postgres(c);
                case SQLITE -> sqlite(c);
                case MYSQL -> mysql(c);
            };
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ShaleException(ExitCode.PROBLEMS, "could not read the column defaults of the database: " + message.strip(), e);
        }
    }

    private static void put(Map<String, Map<String, String>> map, String table, String column, String value) {
        if (value != null) {
            map.computeIfAbsent(table, k -> new HashMap<>()).put(column, value);
        }
    }

    private static DatabaseDetails postgres(Connection c) throws SQLException {
        Map<String, Map<String, String>> defaults = new HashMap<>();
        Map<String, List<Column>> viewColumns = new LinkedHashMap<>();
        Map<String, String> viewDefinitions = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT c.relname, a.attname, c.relkind, pg_get_expr(d.adbin, d.adrelid),
                       t.typname, a.atttypmod, a.attnotnull, t.typcategory, et.typname,
                       format_type(a.atttypid, a.atttypmod),
                       CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v')
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY c.relname, a.attnum""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!rs.getString(3).equals("v")) {
                    put(defaults, table, rs.getString(2), rs.getString(4));
                    continue;
                }
                boolean array = "A".equals(rs.getString(8));
                String typname = array ? rs.getString(9) : rs.getString(5);
                ColumnType type = PostgresTypeMapping.map(typname, rs.getInt(6));
                if (type == null) {
                    String full = rs.getString(10);
                    type = ColumnType.unsupported(array && full.endsWith("[]") ? full.substring(0, full.length() - 2) : full);
                }
                Arity arity = array ? Arity.LIST : rs.getBoolean(7) ? Arity.REQUIRED : Arity.NULLABLE;
                viewColumns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(rs.getString(2), type, arity, null, false));
                viewDefinitions.put(table, rs.getString(11));
            }
        }
        return new DatabaseDetails(true, defaults, Map.of(), Map.of(), false, views(viewColumns, viewDefinitions));
    }

    private static DatabaseDetails sqlite(Connection c) throws SQLException {
        Map<String, Map<String, String>> defaults = new HashMap<>();
        Map<String, Map<String, String>> declared = new HashMap<>();
        Map<String, List<Column>> viewColumns = new LinkedHashMap<>();
        Map<String, String> viewDefinitions = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT m.name, p.name, p.type, p.dflt_value, m.type, p.\"notnull\", m.sql FROM sqlite_master m "
                        + "JOIN pragma_table_info(m.name) p WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' "
                        + "ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String type = rs.getString(3) == null ? "" : rs.getString(3);
                put(declared, table, rs.getString(2), type);
                put(defaults, table, rs.getString(2), rs.getString(4));
                if (rs.getString(5).equals("view")) {
                    TypeFamily f = PrismaTypes.sqliteFamily(type);
                    ColumnType ct = f == TypeFamily.UNSUPPORTED ? ColumnType.unsupported(type) : ColumnType.family(f);
                    viewColumns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(rs.getString(2), ct,
                            rs.getInt(6) == 1 ? Arity.REQUIRED : Arity.NULLABLE, null, false));
                    viewDefinitions.put(table, rs.getString(7));
                }
            }
        }
        return new DatabaseDetails(true, defaults, declared, Map.of(), false, views(viewColumns, viewDefinitions));
    }

    private static DatabaseDetails mysql(Connection c) throws SQLException {
        Map<String, Map<String, String>> defaults = new HashMap<>();
        Map<String, Map<String, String>> extras = new HashMap<>();
        Map<String, List<Column>> viewColumns = new LinkedHashMap<>();
        Map<String, String> viewDefinitions = new HashMap<>();
        boolean mariadb;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT VERSION()")) {
                rs.next();
                mariadb = rs.getString(1).toLowerCase(Locale.ROOT).contains("mariadb");
            }
            try (ResultSet rs = st.executeQuery("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_DEFAULT, c.EXTRA, t.TABLE_TYPE, "
                    + "c.DATA_TYPE, c.COLUMN_TYPE, c.IS_NULLABLE, v.VIEW_DEFINITION FROM information_schema.COLUMNS c "
                    + "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                    + "LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = c.TABLE_SCHEMA AND v.TABLE_NAME = c.TABLE_NAME "
                    + "WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY BINARY c.TABLE_NAME, c.ORDINAL_POSITION")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    put(defaults, table, rs.getString(2), rs.getString(3));
                    put(extras, table, rs.getString(2), rs.getString(4));
                    if (rs.getString(5).contains("VIEW")) {
                        ColumnType type = MysqlTypes.map(rs.getString(6), rs.getString(7));
                        viewColumns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(rs.getString(2), type,
                                "YES".equals(rs.getString(8)) ? Arity.NULLABLE : Arity.REQUIRED, null, false));
                        viewDefinitions.put(table, rs.getString(9));
                    }
                }
            }
        }
        return new DatabaseDetails(true, defaults, Map.of(), extras, mariadb, views(viewColumns, viewDefinitions));
    }

    private static List<ViewShape> views(Map<String, List<Column>> columns, Map<String, String> definitions) {
        List<ViewShape> out = new ArrayList<>();
        columns.forEach((name, cols) -> out.add(new ViewShape(name, cols, definitions.get(name))));
        out.sort((a, b) -> TableGraph.compareBytes(a.name(), b.name()));
        return out;
    }
}
