package dev.shale.plan;

import dev.shale.db.Connections;
import dev.shale.devdb.ShadowDatabase;
import dev.shale.introspect.Introspector;
import dev.shale.migrate.Migration;
import dev.shale.sql.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema state a migrations folder leads to: its scripts replayed in order on a scratch
 * database, then read back. (Until {@code migrate dev} shares its own replay, the plan does it here
 * with the same shadow database service.)
 */
public final class HistoryState {
    private HistoryState() {}

    /** Replays {@code migrations} on {@code shadow} (emptied beforehand by its service) and introspects it. */
    public static SqlSchema replay(List<Migration> migrations, ShadowDatabase shadow) {
        if (migrations.isEmpty()) {
            return SqlSchema.empty();
        }
        shadow.apply(migrations);
        try (Connection c = Connections.open(shadow.url())) {
            return Introspector.forKind(shadow.url().kind()).introspect(c).schema();
        } catch (SQLException e) {
            throw Connections.unreachable(shadow.url(), e);
        }
    }
}
