package dev.shale.migrate;

import dev.shale.db.DatabaseUrl;
import java.sql.SQLException;
import java.util.List;

/** {@code migrate status}: reads the folder and the history (without the lock: it writes nothing). */
public final class MigrationStatusReader {
    private MigrationStatusReader() {}

    public static MigrationStatus read(MigrationsDirectory folder, DatabaseUrl url) {
        MigrationLockFile.checkProvider(folder.path(), url.kind().prismaProvider());
        List<Migration> local = folder.list();
        try (MigrationSession session = MigrationSession.open(url)) {
            try {
                MigrationHistory history = session.history();
                if (!history.exists()) {
                    return MigrationStatus.of(local, List.of(), false, session.db().userTables(session.connection()));
                }
                return MigrationStatus.of(local, history.list(), true, List.of());
            } catch (SQLException e) {
                throw session.failure("reading _prisma_migrations", e);
            }
        }
    }
}
