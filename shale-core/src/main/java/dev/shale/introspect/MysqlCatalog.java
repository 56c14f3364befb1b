package dev.shale.introspect;

import dev.shale.sql.Arity;
import dev.shale.sql.CheckConstraint;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
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
import dev.shale.sql.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the connection's MySQL or MariaDB database from {@code information_schema}: seven queries in all. */
final class MysqlCatalog {
    private MysqlCatalog() {}

    private static final class TableBuilder {
        final String name;
        final List<String[]> rawColumns = new ArrayList<>();
        final Map<String, List<IndexColumn>> indexColumns = new LinkedHashMap<>();
        final Map<String, IndexKind> indexKinds = new LinkedHashMap<>();
        final Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final Set<String> jsonColumns = new HashSet<>();

        TableBuilder(String name) {
            this.name = name;
        }
    }

    static IntrospectionResult read(Connection c) {
        try (Statement st = c.createStatement()) {
            boolean mariadb = false;
            try (ResultSet rs = st.executeQuery("SELECT VERSION()")) {
                rs.next();
                mariadb = rs.getString(1).toLowerCase(Locale.ROOT).contains("mariadb");
            }
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            List<View> views = new ArrayList<>();
            List<OpaqueObject> opaque = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    if (rs.getString(2).contains("VIEW")) {
                        views.add(new View(null, rs.getString(1), null));
                    } else {
                        tables.put(rs.getString(1), new TableBuilder(rs.getString(1)));
                    }
                }
            }
            checks(st, tables);
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, "
                    + "COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
                while (rs.next()) {
                    TableBuilder t = tables.get(rs.getString(1));
                    if (t != null) {
                        t.rawColumns.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)});
                    }
                }
            }
            indexes(st, tables, opaque);
            foreignKeys(st, tables);
            opaque(st, opaque);
            List<Table> built = new ArrayList<>();
            List<EnumType> enums = new ArrayList<>();
            for (TableBuilder t : tables.values()) {
                built.add(build(t, mariadb, enums, opaque));
            }
            SqlSchema schema = new SqlSchema(List.of(), built, enums, List.of(), views, List.of(), opaque);
            return new IntrospectionResult(schema, opaque);
        } catch (SQLException e) {
            throw IntrospectionException.of("information_schema (MySQL)", e);
        }
    }

    private static void checks(Statement st, Map<String, TableBuilder> tables) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE "
                + "FROM information_schema.CHECK_CONSTRAINTS cc JOIN information_schema.TABLE_CONSTRAINTS tc "
                + "ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME "
                + "AND tc.CONSTRAINT_TYPE = 'CHECK' WHERE cc.CONSTRAINT_SCHEMA = DATABASE() "
                + "ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                if (t == null) {
                    continue;
                }
                String clause = rs.getString(3);
                String name = rs.getString(2);
                // MariaDB's JSON is LONGTEXT with this check; it is the column's type, not a constraint.
                if (clause.equals("json_valid(`" + name + "`)")) {
                    t.jsonColumns.add(name);
                } else if (t.checks.stream().noneMatch(x -> x.name().equals(name))) {
                    t.checks.add(new CheckConstraint(name, clause));
                }
            }
        } catch (SQLException e) {
            // CHECK_CONSTRAINTS does not exist before MySQL 8.0.16 / MariaDB 10.2: there are no checks to read.
        }
    }

    private static void indexes(Statement st, Map<String, TableBuilder> tables, List<OpaqueObject> opaque) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, "
                + "INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                if (t == null) {
                    continue;
                }
                String index = rs.getString(2);
                String column = rs.getString(4);
                if (column == null) {
                    if (t.indexKinds.put(index, null) == null || !t.indexColumns.containsKey(index)) {
                        opaque.add(new OpaqueObject("expression index on table \"" + t.name + "\"", null, index));
                    }
                    t.indexColumns.remove(index);
                    continue;
                }
                int subPart = rs.getInt(5);
                Integer length = rs.wasNull() ? null : subPart;
                SortOrder sort = "D".equals(rs.getString(6)) ? SortOrder.DESC : null;
                t.indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(new IndexColumn(column, sort, length, null));
                t.indexKinds.put(index, "FULLTEXT".equals(rs.getString(7)) ? IndexKind.FULLTEXT
                        : rs.getInt(3) == 0 ? IndexKind.UNIQUE : IndexKind.NORMAL);
            }
        }
    }

    private static void foreignKeys(Statement st, Map<String, TableBuilder> tables) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT kcu.TABLE_NAME, kcu.CONSTRAINT_NAME, kcu.COLUMN_NAME, "
                + "kcu.REFERENCED_TABLE_NAME, kcu.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE "
                + "FROM information_schema.KEY_COLUMN_USAGE kcu JOIN information_schema.REFERENTIAL_CONSTRAINTS rc "
                + "ON rc.CONSTRAINT_SCHEMA = kcu.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = kcu.CONSTRAINT_NAME "
                + "AND rc.TABLE_NAME = kcu.TABLE_NAME WHERE kcu.TABLE_SCHEMA = DATABASE() "
                + "AND kcu.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY kcu.TABLE_NAME, kcu.CONSTRAINT_NAME, kcu.ORDINAL_POSITION")) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getString(1));
                if (t != null) {
                    t.foreignKeys.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new String[] {rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
        }
    }

    private static void opaque(Statement st, List<OpaqueObject> opaque) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT CONCAT('trigger on table \"', EVENT_OBJECT_TABLE, '\"'), TRIGGER_NAME "
                + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                + "UNION ALL SELECT LOWER(ROUTINE_TYPE), ROUTINE_NAME FROM information_schema.ROUTINES "
                + "WHERE ROUTINE_SCHEMA = DATABASE() UNION ALL SELECT 'event', EVENT_NAME FROM information_schema.EVENTS "
                + "WHERE EVENT_SCHEMA = DATABASE() ORDER BY 1, 2")) {
            while (rs.next()) {
                opaque.add(new OpaqueObject(rs.getString(1), null, rs.getString(2)));
            }
        }
    }

    private static Table build(TableBuilder t, boolean mariadb, List<EnumType> enums, List<OpaqueObject> opaque) {
        List<Column> columns = new ArrayList<>();
        for (String[] c : t.rawColumns) {
            String name = c[0];
            ColumnType type;
            if (t.jsonColumns.contains(name)) {
                type = ColumnType.of(dev.shale.sql.TypeFamily.JSON, "Json");
            } else if (c[1].equalsIgnoreCase("enum")) {
                EnumType e = new EnumType(null, t.name + "_" + name, MysqlTypes.enumValues(c[2]));
                enums.add(e);
                type = ColumnType.enumType(EnumRef.of(e));
            } else {
                type = MysqlTypes.map(c[1], c[2]);
            }
            String extra = c[5] == null ? "" : c[5].toLowerCase(Locale.ROOT);
            boolean generated = c[6] != null && !c[6].isEmpty() || extra.contains("virtual") || extra.contains("stored");
            if (generated) {
                opaque.add(new OpaqueObject("generated column on table \"" + t.name + "\"", null, name));
            }
            ColumnDefault d = generated ? null : MysqlDefaults.parse(c[4], extra, type.family(), mariadb);
            columns.add(new Column(name, type, "YES".equals(c[3]) ? Arity.NULLABLE : Arity.REQUIRED, d,
                    extra.contains("auto_increment")));
        }
        PrimaryKey pk = null;
        List<Index> indexes = new ArrayList<>();
        for (Map.Entry<String, List<IndexColumn>> e : t.indexColumns.entrySet()) {
            if (e.getKey().equals("PRIMARY")) {
                pk = new PrimaryKey(null, e.getValue());
            } else if (t.indexKinds.get(e.getKey()) != null) {
                indexes.add(new Index(e.getKey(), t.indexKinds.get(e.getKey()), e.getValue(), null, null));
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : t.foreignKeys.entrySet()) {
            List<String[]> parts = e.getValue();
            fks.add(new ForeignKey(e.getKey(), parts.stream().map(p -> p[0]).toList(), null, parts.get(0)[1],
                    parts.stream().map(p -> p[2]).toList(), ForeignKeyAction.parse(parts.get(0)[4]),
                    ForeignKeyAction.parse(parts.get(0)[3])));
        }
        return new Table(null, t.name, columns, pk, indexes, fks, t.checks);
    }
}
