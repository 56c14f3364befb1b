package dev.shale.develop;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.migrate.SqlScriptSplitter;
import dev.shale.migrate.SqlStatement;
import dev.shale.sql.SqlSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code db push}: the database moved to the schema directly, without a migration and without touching
 * {@code _prisma_migrations}. The live database is compared with the schema; steps that lose data
 * (tables and columns that still hold values) run only when accepted, steps that cannot run on the
 * data never (reset the database instead).
 */
public final class SchemaPush {
    private SchemaPush() {}

    public record Request(Path workingDirectory, String schemaOption, DatabaseUrl url, boolean acceptDataLoss, boolean forceReset) {}

    /**
     * @param reset whether the database was emptied first
     * @param steps what was (or would have been) done
     * @param dataLoss what the steps lose, or cannot do, on the data
     * @param applied false when refused (data loss not accepted, or steps that cannot run)
     */
    public record Result(boolean reset, List<MigrationStep> steps, List<DataLossCheck.DataLoss> dataLoss, boolean applied) {
        public Result {
            steps = List.copyOf(steps);
            dataLoss = List.copyOf(dataLoss);
        }

        public boolean inSync() {
            return steps.isEmpty();
        }
    }

    public static Result run(Request request) {
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        DatabaseUrl url = request.url();
        TargetSchema target = TargetSchema.load(cwd, request.schemaOption(), url);
        if (request.forceReset()) {
            DatabaseReset.reset(url);
        }
        try (Connection c = Connections.open(url)) {
            Dialect dialect = target.dialect(c, url);
            SqlSchema live = Introspector.forKind(url.kind()).introspect(c).schema();
            List<MigrationStep> steps = Differ.diff(live, target.calculated().schema(), dialect.capabilities(), target.diffOptions());
            if (steps.isEmpty()) {
                return new Result(request.forceReset(), steps, List.of(), true);
            }
            List<DataLossCheck.DataLoss> loss = DataLossCheck.check(steps, c, url.kind());
            boolean unexecutable = loss.stream().anyMatch(DataLossCheck.DataLoss::unexecutable);
            if (unexecutable || !loss.isEmpty() && !request.acceptDataLoss()) {
                return new Result(request.forceReset(), steps, loss, false);
            }
            execute(c, url.kind(), dialect.renderScript(steps));
            return new Result(request.forceReset(), steps, loss, true);
        } catch (SQLException e) {
            throw Connections.unreachable(url, e);
        }
    }

    /** PostgreSQL in one transaction; SQLite and MySQL statement by statement (their DDL does not roll back, or PRAGMAs need it). */
    private static void execute(Connection c, DatabaseKind kind, String script) throws SQLException {
        List<SqlStatement> statements = SqlScriptSplitter.split(script, kind);
        boolean transaction = kind == DatabaseKind.POSTGRESQL;
        if (transaction) {
            c.setAutoCommit(false);
        }
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            for (SqlStatement st : statements) {
                try {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    if (transaction) {
                        c.rollback();
                    }
                    throw new ShaleException(ExitCode.PROBLEMS, "db push failed at `" + st.summary() + "`: " + e.getMessage()
                            + (transaction ? " (nothing was changed)" : ""));
                }
            }
            if (transaction) {
                c.commit();
            }
        }
    }
}
