package dev.shale.plan;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.data.DataAccess;
import dev.shale.lint.data.DataAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plan sizing on MySQL/MariaDB and SQLite, where the linter has no data access: row counts only.
 * MySQL answers from {@code information_schema.tables.table_rows} (InnoDB's estimate) when the table
 * is large, and counts up to the threshold otherwise; SQLite counts up to the threshold (a file is
 * local, reading it does not hurt a server). The other data questions say they need PostgreSQL.
 */
public final class RowCounts implements DataAccess {
    private static final String ONLY_POSTGRES = "could not be checked: this data check reads PostgreSQL only";

    private final Connection connection;
    private final DatabaseKind kind;
    private final long cap;
    private final Map<String, DataAnswer<Long>> counts = new HashMap<>();

    /** @param cap counts stop here: above it a table is large, and its size is given as "more than" */
    public RowCounts(Connection connection, DatabaseKind kind, long cap) {
        this.connection = connection;
        this.kind = kind;
        this.cap = cap;
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public DataAnswer<Long> rowCount(String table) {
        return counts.computeIfAbsent(table, this::count);
    }

    private DataAnswer<Long> count(String table) {
        try {
            if (kind == DatabaseKind.MYSQL) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT table_rows FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_name = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return DataAnswer.unavailable("table \"" + table + "\" does not exist in the database");
                        }
                        long estimate = rs.getLong(1);
                        if (estimate > cap) {
                            return DataAnswer.estimate(estimate, "InnoDB estimate");
                        }
                    }
                }
            }
            String quoted = kind == DatabaseKind.MYSQL ? "`" + table.replace("`", "``") + "`" : "\"" + table.replace("\"", "\"\"") + "\"";
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM " + quoted + " LIMIT " + (cap + 1) + ") t")) {
                rs.next();
                long n = rs.getLong(1);
                return n > cap ? DataAnswer.estimate(n, "more than " + String.format("%,d", cap)) : DataAnswer.exact(n);
            }
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return DataAnswer.unavailable("could not be checked: " + message);
        }
    }

    @Override
    public DataAnswer<Long> nullCount(String table, String column) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }

    @Override
    public DataAnswer<Long> duplicateGroups(String table, List<String> columns) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }

    @Override
    public DataAnswer<Long> longestValue(String table, String column) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }

    @Override
    public DataAnswer<Long> rowsWithValue(String table, String column, String value) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }

    @Override
    public DataAnswer<List<String>> distinctValues(String table, String column, int limit) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }

    @Override
    public DataAnswer<List<String[]>> columnsOfEnum(String enumType) {
        return DataAnswer.unavailable(ONLY_POSTGRES);
    }
}
