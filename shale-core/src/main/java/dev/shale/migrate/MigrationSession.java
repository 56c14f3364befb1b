package dev.shale.migrate;

import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the database being migrated, optionally holding Prisma's migration lock for its
 * whole life. Deploy, status and resolve each open one; everything they do goes through it, so a deploy
 * of a thousand migrations uses one connection and one lock.
 */
public final class MigrationSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationSession.class);

    private final DatabaseUrl url;
    private final Connection connection;
    private final DatabaseSupport db;
    private final MigrationHistory history;
    private boolean locked;

    private MigrationSession(DatabaseUrl url, Connection connection, DatabaseSupport db) {
        this.url = url;
        this.connection = connection;
        this.db = db;
        this.history = new MigrationHistory(connection, db);
    }

    /** Connects (a failure is one line naming the host, exit code 3). */
    public static MigrationSession open(DatabaseUrl url) {
        Connection c = Connections.open(url);
        DatabaseSupport db = DatabaseSupport.of(url.kind());
        try {
            db.prepare(c, url);
        } catch (SQLException e) {
            closeQuietly(c);
            throw Connections.unreachable(url, e);
        }
        return new MigrationSession(url, c, db);
    }

    /** Connects and takes the migration lock, waiting at most {@code lockWait} for another deploy to finish. */
    public static MigrationSession openLocked(DatabaseUrl url, Duration lockWait) {
        MigrationSession s = open(url);
        try {
            s.db.acquireLock(s.connection, lockWait);
            s.locked = true;
            return s;
        } catch (SQLException e) {
            s.close();
            throw s.failure("taking the migration lock", e);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    public Connection connection() {
        return connection;
    }

    public DatabaseSupport db() {
        return db;
    }

    public MigrationHistory history() {
        return history;
    }

    /** A database error outside a migration's own SQL, as one line naming the database. */
    public ShaleException failure(String doing, SQLException e) {
        return ShaleException.problems("error while " + doing + " on " + url.masked() + ": " + db.errorText(e));
    }

    @Override
    public void close() {
        if (locked) {
            try {
                db.releaseLock(connection);
            } catch (SQLException e) {
                LOG.debug("could not release the migration lock (closing the connection releases it): {}", e.getMessage());
            }
            locked = false;
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing left to do with a connection that cannot close.
        }
    }
}
