package dev.shale.roundtrip;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.sql.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test helper: applies the steps between two schemas to a real database, statement by statement. */
final class Apply {
    private Apply() {}

    static List<MigrationStep> migrate(DatabaseUrl url, Dialect dialect, SqlSchema from, SqlSchema to) {
        List<MigrationStep> steps = Differ.diff(from, to, dialect.capabilities());
        try (Connection c = Connections.open(url); Statement st = c.createStatement()) {
            for (MigrationStep step : steps) {
                for (String sql : dialect.statements(step)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError("statement failed: " + sql + "\n" + e.getMessage()
                                + "\nscript:\n" + dialect.render(steps), e);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return steps;
    }

    static SqlSchema introspect(DatabaseUrl url, Dialect dialect) {
        try (Connection c = Connections.open(url)) {
            return Introspector.forKind(dialect.kind()).introspect(c).schema();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
