package dev.shale.lint.data;

import dev.shale.lint.LintConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data questions answered by a PostgreSQL database without hurting it: every query runs in its own
 * read-only transaction with {@code statement_timeout} and {@code lock_timeout}; row counts come from
 * the planner's estimate ({@code pg_class.reltuples}) and are counted exactly only below
 * {@code exactScanRows} (and then through {@code LIMIT}); questions that need values read the whole
 * table only when it is small and a {@code TABLESAMPLE SYSTEM} sample otherwise. A timeout, a lock or
 * any SQL error becomes an unavailable answer.
 */
public final class PostgresDataAccess implements DataAccess {
    private final Connection connection;
    private final LintConfig.Thresholds thresholds;
    private final Map<String, DataAnswer<Long>> rowCounts = new HashMap<>();

    public PostgresDataAccess(Connection connection, LintConfig.Thresholds thresholds) {
        this.connection = connection;
        this.thresholds = thresholds;
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public DataAnswer<Long> rowCount(String table) {
        return rowCounts.computeIfAbsent(table, this::countRows);
    }

    private DataAnswer<Long> countRows(String table) {
        return query(table, c -> {
            long estimate;
            try (PreparedStatement ps = c.prepareStatement("SELECT c.reltuples::bigint FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = current_schema() AND c.relname = ? AND c.relkind IN ('r', 'p')")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return DataAnswer.unavailable("table \"" + table + "\" does not exist in the database");
                    }
                    estimate = rs.getLong(1);
                }
            }
            if (estimate > thresholds.exactScanRows()) {
                return DataAnswer.estimate(estimate, "planner estimate");
            }
            long cap = thresholds.exactScanRows() + 1;
            long counted = single(c, "SELECT count(*) FROM (SELECT 1 FROM " + quote(table) + " LIMIT " + cap + ") s");
            return counted >= cap ? DataAnswer.estimate(counted, "more than " + thresholds.exactScanRows())
                    : DataAnswer.exact(counted);
        });
    }

    @Override
    public DataAnswer<Long> nullCount(String table, String column) {
        return valueQuestion(table, from -> "SELECT count(*) FROM " + from + " WHERE " + quote(column) + " IS NULL");
    }

    @Override
    public DataAnswer<Long> duplicateGroups(String table, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(PostgresDataAccess::quote).toList());
        String notNull = String.join(" AND ", columns.stream().map(col -> quote(col) + " IS NOT NULL").toList());
        return valueQuestion(table, from -> "SELECT count(*) FROM (SELECT 1 FROM " + from + " WHERE " + notNull
                + " GROUP BY " + cols + " HAVING count(*) > 1) d", false);
    }

    @Override
    public DataAnswer<Long> longestValue(String table, String column) {
        return valueQuestion(table, from -> "SELECT coalesce(max(length(" + quote(column) + "::text)), 0) FROM " + from,
                false);
    }

    @Override
    public DataAnswer<Long> rowsWithValue(String table, String column, String value) {
        long cap = thresholds.sampleRows();
        DataAnswer<Long> rows = rowCount(table);
        if (rows.known() && rows.value() > thresholds.exactScanRows()) {
            // A large table: a value absent from it would make the LIMITed count read every row, so read a sample.
            long total = rows.value();
            return query(table, c -> {
                long sampled = single(c, "SELECT count(*) FROM " + quote(table) + sampleClause(total));
                long found;
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + quote(table) + sampleClause(total)
                        + " WHERE " + quote(column) + "::text = ?")) {
                    ps.setString(1, value);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        found = rs.getLong(1);
                    }
                }
                if (found == 0) {
                    return DataAnswer.unavailable("could not be confirmed: no row of a sample of " + String.format("%,d", sampled)
                            + " holds it, but a rare value can hide outside the sample");
                }
                return DataAnswer.estimate(sampled == 0 ? found : Math.round((double) found * total / sampled),
                        "extrapolated from a sample of " + sampled + " rows");
            });
        }
        return query(table, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM " + quote(table)
                    + " WHERE " + quote(column) + "::text = ? LIMIT " + (cap + 1) + ") s")) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long n = rs.getLong(1);
                    return n > cap ? DataAnswer.estimate(n, "at least " + cap) : DataAnswer.exact(n);
                }
            }
        });
    }

    @Override
    public DataAnswer<List<String>> distinctValues(String table, String column, int limit) {
        DataAnswer<Long> rows = rowCount(table);
        if (!rows.known()) {
            return DataAnswer.unavailable(rows.unavailableReason());
        }
        boolean sample = rows.value() > thresholds.exactScanRows();
        String from = sample ? quote(table) + sampleClause(rows.value()) : quote(table);
        return query(table, c -> {
            List<String> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT " + quote(column)
                    + "::text FROM " + from + " WHERE " + quote(column) + " IS NOT NULL LIMIT " + (limit + 1))) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return sample ? DataAnswer.estimate(values, "in a sample") : DataAnswer.exact(values);
        });
    }

    @Override
    public DataAnswer<List<String[]>> columnsOfEnum(String enumType) {
        return query(enumType, c -> {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.relname, a.attname FROM pg_attribute a "
                    + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "JOIN pg_type t ON t.oid = a.atttypid OR t.typarray = a.atttypid "
                    + "WHERE t.typname = ? AND n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                    + "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2")) {
                ps.setString(1, enumType);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return DataAnswer.exact(columns);
        });
    }

    private interface SqlWork<T> {
        DataAnswer<T> run(Connection c) throws SQLException;
    }

    private interface FromClause {
        String sql(String from);
    }

    private DataAnswer<Long> valueQuestion(String table, FromClause sql) {
        return valueQuestion(table, sql, true);
    }

    /**
     * Runs a counting query over the table, or over a sample when the table is large.
     *
     * @param extrapolate scale a sample's count up to the whole table (a null count), or keep it as
     *     a lower bound (duplicates, a longest value)
     */
    private DataAnswer<Long> valueQuestion(String table, FromClause sql, boolean extrapolate) {
        DataAnswer<Long> rows = rowCount(table);
        if (!rows.known()) {
            return rows;
        }
        long total = rows.value();
        if (total <= thresholds.exactScanRows()) {
            return query(table, c -> DataAnswer.exact(single(c, sql.sql(quote(table)))));
        }
        return query(table, c -> {
            long sampled = single(c, "SELECT count(*) FROM " + quote(table) + sampleClause(total));
            long found = single(c, sql.sql(quote(table) + sampleClause(total)));
            if (!extrapolate) {
                return DataAnswer.estimate(found, "at least, in a sample of " + sampled + " rows");
            }
            long scaled = sampled == 0 ? 0 : Math.round((double) found * total / sampled);
            return DataAnswer.estimate(scaled, "extrapolated from a sample of " + sampled + " rows");
        });
    }

    private String sampleClause(long total) {
        double percent = Math.min(100.0, Math.max(0.01, 100.0 * thresholds.sampleRows() / Math.max(1, total)));
        // REPEATABLE keeps the two sample queries on the same pages
        return " TABLESAMPLE SYSTEM (" + String.format(java.util.Locale.ROOT, "%.4f", percent) + ") REPEATABLE (42)";
    }

    private <T> DataAnswer<T> query(String object, SqlWork<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
                s.execute("SET LOCAL statement_timeout = " + thresholds.queryTimeoutMillis());
                s.execute("SET LOCAL lock_timeout = " + Math.max(1, thresholds.queryTimeoutMillis() / 2));
                return work.run(connection);
            } catch (SQLException e) {
                return DataAnswer.unavailable(reason(object, e));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return DataAnswer.unavailable(reason(object, e));
        }
    }

    private String reason(String object, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "57014" -> "could not be checked: the query on \"" + object + "\" timed out after "
                    + thresholds.queryTimeoutMillis() + " ms";
            case "55P03" -> "could not be checked: \"" + object + "\" is locked by another session";
            case "42P01" -> "table \"" + object + "\" does not exist in the database";
            case "42703" -> "could not be checked: a column of \"" + object + "\" does not exist in the database";
            default -> "could not be checked: " + firstLine(e.getMessage());
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "database error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
