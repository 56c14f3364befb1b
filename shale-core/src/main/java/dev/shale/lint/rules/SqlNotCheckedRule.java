package dev.shale.lint.rules;

import dev.shale.db.DatabaseKind;
import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;

/**
 * SH004: the statement rules read PostgreSQL (its locks, its syntax); a project on SQLite or MySQL/MariaDB
 * has its migrations checked for names, history and the schema, but not statement by statement. Said once,
 * so a clean report is not taken for a checked one.
 */
public final class SqlNotCheckedRule extends BaseRule {
    public SqlNotCheckedRule() {
        super("SH004", Severity.INFO, "migration SQL not checked statement by statement");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        int migrations = context.checkedMigrations().size();
        if (context.sqlKind() == DatabaseKind.POSTGRESQL || migrations == 0) {
            return;
        }
        String database = switch (context.sqlKind()) {
            case SQLITE -> "SQLite";
            case MYSQL -> "MySQL/MariaDB";
            case POSTGRESQL -> "PostgreSQL";
        };
        findings.report(defaultSeverity(), Position.NONE, "",
                migrations + " migration" + (migrations == 1 ? "" : "s") + " not checked statement by statement: the "
                        + "statement rules read PostgreSQL, and this project's migrations are written for " + database
                        + "; the naming, history and schema rules ran",
                "nothing to do; review the migration SQL by hand for " + database + "'s locking");
    }
}
