package dev.shale.lint.migrations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applied migrations as {@code _prisma_migrations} records them. The linter only reads it: SH701
 * compares checksums, SH202 asks whether an earlier migration is already deployed, and the SQL rules
 * skip migrations the database already has.
 */
public record MigrationHistory(List<AppliedMigration> rows) {
    public MigrationHistory {
        rows = List.copyOf(rows);
    }

    public static MigrationHistory empty() {
        return new MigrationHistory(List.of());
    }

    /** The latest row for a migration name (a name can appear again after a rolled-back attempt). */
    public Optional<AppliedMigration> latest(String migrationName) {
        AppliedMigration found = null;
        for (AppliedMigration row : rows) {
            if (row.migrationName().equals(migrationName)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isDeployed(String migrationName) {
        return rows.stream().anyMatch(r -> r.migrationName().equals(migrationName) && r.deployed());
    }

    /** Reads the table; an empty history when the database has no {@code _prisma_migrations} yet. */
    public static MigrationHistory read(Connection connection) throws SQLException {
        if (!tableExists(connection)) {
            return empty();
        }
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT migration_name, checksum, finished_at, rolled_back_at "
                        + "FROM _prisma_migrations ORDER BY started_at, migration_name")) {
            while (rs.next()) {
                rows.add(new AppliedMigration(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))));
            }
        }
        return new MigrationHistory(rows);
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "_prisma_migrations", new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Names in order, the last row for each (for reports). */
    public Map<String, AppliedMigration> byName() {
        Map<String, AppliedMigration> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.migrationName(), r));
        return map;
    }
}
