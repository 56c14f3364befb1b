package dev.shale.introspect;

import dev.shale.sql.Arity;
import dev.shale.sql.CheckConstraint;
import dev.shale.sql.Column;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.ColumnType;
import dev.shale.sql.EnumRef;
import dev.shale.sql.EnumType;
import dev.shale.sql.Extension;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.ForeignKeyAction;
import dev.shale.sql.Index;
import dev.shale.sql.IndexColumn;
import dev.shale.sql.IndexKind;
import dev.shale.sql.OpaqueObject;
import dev.shale.sql.PrimaryKey;
import dev.shale.sql.Sequence;
import dev.shale.sql.SortOrder;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL from {@code pg_catalog}: nine queries for the whole database, whatever its size.
 * Expression indexes, exclusion constraints, partitions, materialized views, functions, triggers
 * and domains are kept opaque.
 */
final class PostgresIntrospector implements Introspector {

    /** What is known about one table while the queries come in. */
    private static final class TableBuilder {
        final String namespace;
        final String name;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableBuilder(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        Table build() {
            return new Table(namespace, name, columns, primaryKey, indexes, foreignKeys, checks);
        }
    }

    @Override
    public IntrospectionResult introspect(Connection connection, String... namespaces) {
        try {
            String[] ns = namespaces.length > 0 ? namespaces : new String[] {currentSchema(connection)};
            Array nsArray = connection.createArrayOf("text", ns);
            List<String> found = strings(connection, PostgresQueries.NAMESPACES, nsArray);
            Map<String, EnumType> enums = enums(connection, nsArray);
            Map<Long, TableBuilder> tables = new LinkedHashMap<>();
            List<View> views = new ArrayList<>();
            List<OpaqueObject> opaque = new ArrayList<>();
            relations(connection, nsArray, tables, views, opaque);
            columns(connection, nsArray, tables, enums, opaque);
            indexes(connection, nsArray, tables, opaque);
            constraints(connection, nsArray, tables, opaque);
            List<Sequence> sequences = sequences(connection, nsArray);
            List<Extension> extensions = extensions(connection);
            opaqueObjects(connection, nsArray, opaque);
            List<Table> built = tables.values().stream().map(TableBuilder::build).toList();
            SqlSchema schema = new SqlSchema(found, built, List.copyOf(enums.values()), sequences, views, extensions, opaque);
            List<OpaqueObject> unmodeled = new ArrayList<>(opaque);
            for (Sequence s : sequences) {
                unmodeled.add(new OpaqueObject("sequence", s.namespace(), s.name()));
            }
            return new IntrospectionResult(schema, unmodeled);
        } catch (SQLException e) {
            throw IntrospectionException.of("catalog (PostgreSQL)", e);
        }
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            String s = rs.getString(1);
            return s == null ? "public" : s;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Array ns) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        int params = (int) sql.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= params; i++) {
            ps.setArray(i, ns);
        }
        return ps;
    }

    private static List<String> strings(Connection c, String sql, Array ns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, EnumType> enums(Connection c, Array ns) throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, PostgresQueries.ENUMS, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1) + "." + rs.getString(2);
                names.putIfAbsent(key, new String[] {rs.getString(1), rs.getString(2)});
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        Map<String, EnumType> out = new LinkedHashMap<>();
        names.forEach((key, n) -> out.put(key, new EnumType(n[0], n[1], values.get(key))));
        return out;
    }

    private static void relations(Connection c, Array ns, Map<Long, TableBuilder> tables, List<View> views,
            List<OpaqueObject> opaque) throws SQLException {
        try (PreparedStatement ps = prepare(c, PostgresQueries.RELATIONS, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long oid = rs.getLong(1);
                String namespace = rs.getString(2);
                String name = rs.getString(3);
                String kind = rs.getString(4);
                boolean partition = rs.getBoolean(5);
                if (partition) {
                    opaque.add(new OpaqueObject("partition", namespace, name));
                    continue;
                }
                switch (kind) {
                    case "r", "p" -> tables.put(oid, new TableBuilder(namespace, name));
                    case "v" -> views.add(new View(namespace, name, rs.getString(6)));
                    case "m" -> opaque.add(new OpaqueObject("materialized view", namespace, name));
                    default -> opaque.add(new OpaqueObject("foreign table", namespace, name));
                }
            }
        }
    }

    private static void columns(Connection c, Array ns, Map<Long, TableBuilder> tables, Map<String, EnumType> enums,
            List<OpaqueObject> opaque) throws SQLException {
        try (PreparedStatement ps = prepare(c, PostgresQueries.COLUMNS, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getLong("attrelid"));
                if (t == null) {
                    continue;
                }
                String name = rs.getString("attname");
                boolean array = "A".equals(rs.getString("typcategory"));
                String typname = array ? rs.getString("elemname") : rs.getString("typname");
                String typtype = array ? rs.getString("elemtype") : rs.getString("typtype");
                String typns = array ? rs.getString("elemns") : rs.getString("typns");
                int typmod = rs.getInt("atttypmod");
                ColumnType type;
                if ("e".equals(typtype)) {
                    EnumType e = enums.get(typns + "." + typname);
                    type = ColumnType.enumType(e == null ? new EnumRef(typns, typname, List.of()) : e.ref());
                } else {
                    type = PostgresTypeMapping.map(typname, typmod);
                    if (type == null) {
                        String full = rs.getString("fulltype");
                        type = ColumnType.unsupported(array && full.endsWith("[]") ? full.substring(0, full.length() - 2) : full);
                    }
                }
                Arity arity = array ? Arity.LIST : rs.getBoolean("attnotnull") ? Arity.REQUIRED : Arity.NULLABLE;
                String identity = rs.getString("attidentity");
                String generated = rs.getString("attgenerated");
                ColumnDefault d = null;
                boolean autoincrement = false;
                if (identity != null && !identity.isEmpty()) {
                    autoincrement = true;
                    String seq = rs.getString("identseq");
                    d = seq == null ? null : ColumnDefault.sequence(seq.substring(seq.lastIndexOf('.') + 1).replace("\"", ""));
                } else if (generated != null && !generated.isEmpty()) {
                    opaque.add(new OpaqueObject("generated column on table \"" + t.name + "\"", t.namespace, name));
                } else {
                    d = PostgresDefaults.parse(rs.getString("dflt"), type.family(), arity);
                    autoincrement = d != null && d.kind() instanceof dev.shale.sql.DefaultKind.SequenceNext;
                }
                t.columns.add(new Column(name, type, arity, d, autoincrement));
            }
        }
    }

    private static void indexes(Connection c, Array ns, Map<Long, TableBuilder> tables, List<OpaqueObject> opaque)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, PostgresQueries.INDEXES, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getLong("indrelid"));
                if (t == null) {
                    continue;
                }
                String name = rs.getString("indexname");
                int keyCount = rs.getInt("indnkeyatts");
                String[] cols = (String[]) rs.getArray("cols").getArray();
                Short[] options = (Short[]) rs.getArray("options").getArray();
                String[] opclasses = (String[]) rs.getArray("opclasses").getArray();
                if (rs.getBoolean("exclusion")) {
                    continue; // reported with its constraint
                }
                if (rs.getBoolean("hasexprs") || cols.length != keyCount) {
                    opaque.add(new OpaqueObject(rs.getBoolean("hasexprs") ? "expression index on table \"" + t.name + "\""
                            : "index with INCLUDE columns on table \"" + t.name + "\"", t.namespace, name));
                    continue;
                }
                List<IndexColumn> columns = new ArrayList<>();
                for (int i = 0; i < keyCount; i++) {
                    SortOrder sort = (options[i] & 1) == 1 ? SortOrder.DESC : null;
                    columns.add(new IndexColumn(cols[i], sort, null, i < opclasses.length ? opclasses[i] : null));
                }
                if (rs.getBoolean("indisprimary")) {
                    t.primaryKey = new PrimaryKey(name, columns);
                    continue;
                }
                String am = rs.getString("amname").toUpperCase(Locale.ROOT);
                t.indexes.add(new Index(name, rs.getBoolean("indisunique") ? IndexKind.UNIQUE : IndexKind.NORMAL, columns,
                        am.equals("BTREE") ? null : am, rs.getString("predicate")));
            }
        }
    }

    private static void constraints(Connection c, Array ns, Map<Long, TableBuilder> tables, List<OpaqueObject> opaque)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, PostgresQueries.CONSTRAINTS, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TableBuilder t = tables.get(rs.getLong("conrelid"));
                if (t == null) {
                    continue;
                }
                String name = rs.getString("conname");
                switch (rs.getString("contype")) {
                    case "f" -> t.foreignKeys.add(new ForeignKey(name, List.of((String[]) rs.getArray("cols").getArray()),
                            rs.getString("refns"), rs.getString("reftable"),
                            List.of((String[]) rs.getArray("refcols").getArray()),
                            action(rs.getString("confdeltype")), action(rs.getString("confupdtype"))));
                    case "c" -> t.checks.add(new CheckConstraint(name, rs.getString("def")));
                    default -> opaque.add(new OpaqueObject("exclusion constraint on table \"" + t.name + "\"", t.namespace, name));
                }
            }
        }
    }

    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private static List<Sequence> sequences(Connection c, Array ns) throws SQLException {
        List<Sequence> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, PostgresQueries.SEQUENCES, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Sequence(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getBoolean(8)));
            }
        }
        return out;
    }

    private static List<Extension> extensions(Connection c) throws SQLException {
        List<Extension> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(PostgresQueries.EXTENSIONS)) {
            while (rs.next()) {
                out.add(new Extension(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            }
        }
        return out;
    }

    private static void opaqueObjects(Connection c, Array ns, List<OpaqueObject> opaque) throws SQLException {
        try (PreparedStatement ps = prepare(c, PostgresQueries.OPAQUE, ns); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                opaque.add(new OpaqueObject(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
    }
}
