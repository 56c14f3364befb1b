package dev.shale.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code _prisma_migrations} table, read and written exactly as Prisma Migrate does: UUID ids,
 * SHA-256 checksums, {@code started_at}/{@code finished_at}, {@code applied_steps_count} 1 for an applied
 * script, {@code logs} for a failure, {@code rolled_back_at} for a failure marked rolled back.
 * Timestamps come from this machine's clock in UTC, with millisecond precision, as Prisma's do.
 */
public final class MigrationHistory {
    public static final String TABLE = "_prisma_migrations";

    private final Connection connection;
    private final DatabaseSupport db;

    public MigrationHistory(Connection connection, DatabaseSupport db) {
        this.connection = connection;
        this.db = db;
    }

    public boolean exists() throws SQLException {
        return db.historyTableExists(connection);
    }

    /** Creates the table with Prisma's DDL. */
    public void create() throws SQLException {
        DatabaseSupport.execute(connection, db.historyTableDdl());
    }

    /** Every row, oldest first ({@code ORDER BY started_at}, as Prisma reads it). */
    public List<HistoryRecord> list() throws SQLException {
        List<HistoryRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, checksum, finished_at, migration_name, logs, "
                + "rolled_back_at, started_at, applied_steps_count FROM " + TABLE + " ORDER BY started_at ASC");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new HistoryRecord(rs.getString("id"), rs.getString("checksum"), db.getTimestamp(rs, "finished_at"),
                        rs.getString("migration_name"), rs.getString("logs"), db.getTimestamp(rs, "rolled_back_at"),
                        db.getTimestamp(rs, "started_at"), rs.getInt("applied_steps_count")));
            }
        }
        return rows;
    }

    /** A migration applied in one go (inside its transaction): the row Prisma ends with after a success. */
    public String insertApplied(String name, String checksum, Instant startedAt, Instant finishedAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                + " (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)"
                + " VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)")) {
            ps.setString(1, id);
            ps.setString(2, checksum);
            db.setTimestamp(ps, 3, millis(finishedAt));
            ps.setString(4, name);
            db.setTimestamp(ps, 5, millis(startedAt));
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * A migration that started (and has not finished): Prisma's first write. {@code logs} (may be null)
     * is written in the same statement, so a crash right after it still leaves the explanation.
     */
    public String insertStarted(String name, String checksum, Instant startedAt, String logs) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                + " (id, checksum, migration_name, started_at, logs) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, checksum);
            ps.setString(3, name);
            db.setTimestamp(ps, 4, millis(startedAt));
            ps.setString(5, logs);
            ps.executeUpdate();
        }
        return id;
    }

    /** A migration that failed: a row that started and never finished, with the error in {@code logs}. */
    public String insertFailed(String name, String checksum, Instant startedAt, String logs) throws SQLException {
        return insertStarted(name, checksum, startedAt, logs);
    }

    /** Progress or error text of an unfinished migration. */
    public void setLogs(String id, String logs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + TABLE + " SET logs = ? WHERE id = ?")) {
            ps.setString(1, logs);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** The script of a started migration ran to its end: one step applied, finished now, progress text cleared. */
    public void markFinished(String id, Instant finishedAt) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + TABLE
                + " SET applied_steps_count = applied_steps_count + 1, finished_at = ?, logs = NULL WHERE id = ?")) {
            db.setTimestamp(ps, 1, millis(finishedAt));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    public void markRolledBack(String id, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + TABLE + " SET rolled_back_at = ? WHERE id = ?")) {
            db.setTimestamp(ps, 1, millis(at));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** {@code migrate resolve --applied}: Prisma's row for a migration marked applied without running it. */
    public String insertMarkedApplied(String name, String checksum, Instant at) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant now = millis(at);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                + " (id, checksum, logs, started_at, finished_at, migration_name) VALUES (?, ?, '', ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, checksum);
            db.setTimestamp(ps, 3, now);
            db.setTimestamp(ps, 4, now);
            ps.setString(5, name);
            ps.executeUpdate();
        }
        return id;
    }

    private static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
