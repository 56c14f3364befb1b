package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.events.EventSink;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code migrate deploy}: applies the pending migrations of a folder, in order, under Prisma's migration
 * lock, each in its own transaction where the database allows it, each with its timeouts, each recorded
 * in {@code _prisma_migrations} as Prisma records it.
 *
 * <p>Before it applies anything it refuses a history it cannot continue safely: an unresolved failed
 * migration (as Prisma does), an applied migration whose file was edited since (Prisma does not check
 * this on deploy), a database with tables but no history (Prisma's P3005), a lock file for another
 * provider, or a bad {@code -- shale:} header in any pending migration.
 */
public final class MigrationDeployer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

    private final DeployOptions options;
    private final EventSink events;

    public MigrationDeployer(DeployOptions options, EventSink events) {
        this.options = options;
        this.events = events;
    }

    public DeployResult deploy(MigrationsDirectory folder, DatabaseUrl url) {
        MigrationLockFile.checkProvider(folder.path(), url.kind().prismaProvider());
        List<Migration> local = folder.list();
        try (MigrationSession session = MigrationSession.openLocked(url, options.lockWait())) {
            try {
                return deployLocked(session, local);
            } catch (SQLException e) {
                throw session.failure("reading or writing _prisma_migrations", e);
            }
        }
    }

    private DeployResult deployLocked(MigrationSession session, List<Migration> local) throws SQLException {
        MigrationHistory history = session.history();
        if (!history.exists()) {
            List<String> tables = session.db().userTables(session.connection());
            if (!tables.isEmpty()) {
                throw notEmpty(tables, local);
            }
            history.create();
        }
        List<HistoryRecord> rows = history.list();
        MigrationStatus status = MigrationStatus.of(local, rows, true, List.of());
        if (!status.failed().isEmpty()) {
            throw failedMigrations(status.failed());
        }
        if (!status.edited().isEmpty()) {
            throw edited(status.edited());
        }
        Set<String> pending = Set.copyOf(status.pending());
        // Read every pending header and split every pending script before the first one runs.
        List<MigrationPlan> plans = local.stream().filter(m -> pending.contains(m.name()))
                .map(m -> MigrationPlan.of(m, session.db())).toList();
        MigrationRunner runner = new MigrationRunner(session.connection(), session.db(), history, options, events,
                session.url().masked());
        List<AppliedMigration> applied = new ArrayList<>();
        for (MigrationPlan plan : plans) {
            applied.add(runner.apply(plan));
        }
        return new DeployResult(local.size(), applied, status.missing());
    }

    static ShaleException failedMigrations(List<MigrationStatus.FailedMigration> failed) {
        StringBuilder sb = new StringBuilder("found failed migrations in the target database, new migrations will not be applied.\n");
        for (MigrationStatus.FailedMigration f : failed) {
            sb.append("The `").append(f.name()).append("` migration started at ").append(WHEN.format(f.startedAt())).append(" failed");
            String logs = f.logs() == null ? "" : f.logs().strip();
            sb.append(logs.isEmpty() ? "\n" : ":\n" + indent(logs) + "\n");
        }
        String name = failed.get(0).name();
        sb.append("Resolve it, then deploy again:\n")
                .append("- if it was rolled back (or never ran), fix it and run: shale migrate resolve --rolled-back \"").append(name).append("\"\n")
                .append("- if you completed it by hand, run: shale migrate resolve --applied \"").append(name).append("\"\n")
                .append("Read more about resolving failed migrations: https://pris.ly/d/migrate-resolve");
        return new ShaleException(ExitCode.PROBLEMS, sb.toString());
    }

    static ShaleException edited(List<MigrationStatus.EditedMigration> edited) {
        StringBuilder sb = new StringBuilder();
        for (MigrationStatus.EditedMigration e : edited) {
            sb.append("migration `").append(e.name()).append("` was edited after it was applied: ").append(e.file())
                    .append(" has checksum ").append(e.fileChecksum()).append(", the database recorded ")
                    .append(e.databaseChecksum()).append(".\n");
        }
        sb.append("Deploy stops so the history stays true: restore the applied version of the file (for example with "
                + "`git checkout`) and put the change in a new migration.");
        return new ShaleException(ExitCode.PROBLEMS, sb.toString());
    }

    static ShaleException notEmpty(List<String> tables, List<Migration> local) {
        String shown = tables.stream().limit(5).collect(Collectors.joining(", ")) + (tables.size() > 5 ? ", ..." : "");
        String first = local.isEmpty() ? "<migration>" : local.get(0).name();
        return new ShaleException(ExitCode.PROBLEMS, "the database schema is not empty (" + tables.size() + " table"
                + (tables.size() == 1 ? "" : "s") + ": " + shown + ") and has no migration history (_prisma_migrations). "
                + "Baseline it: mark the migrations it already contains as applied, for example "
                + "`shale migrate resolve --applied " + first + "`, then deploy. "
                + "Read more: https://pris.ly/d/migrate-baseline");
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    /** Formats a history timestamp the way messages show it. */
    public static String when(Instant t) {
        return t == null ? "?" : WHEN.format(t);
    }
}
