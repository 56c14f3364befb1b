package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.SqlCatalog;
import dev.shale.lint.sql.SqlComment;
import dev.shale.lint.sql.SqlStatement;
import java.util.Locale;

/**
 * SH703: a migration that destroys data (DROP TABLE, DROP COLUMN, TRUNCATE, DELETE) should not be
 * deployed without a way back: a {@code down.sql} beside it, or a note (a comment in the SQL or the
 * folder's README.md) that mentions the backup.
 */
public final class DestructiveWithoutBackupRule extends BaseRule {
    public DestructiveWithoutBackupRule() {
        super("SH703", Severity.WARNING, "destructive migration without a backup note or down.sql");
    }

    @Override
    public boolean readsPostgresSql() {
        return true;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        SqlCatalog catalog = new SqlCatalog();
        for (MigrationSource m : context.migrations()) {
            SqlStatement first = null;
            for (SqlStatement st : m.script().statements()) {
                if (first == null && destroys(st.parsed(), catalog, m.name())) {
                    first = st;
                }
                catalog.apply(m.name(), st.parsed());
            }
            if (first == null || !context.isChecked(m) || m.hasDownSql() || mentionsBackup(m)) {
                continue;
            }
            findings.report(new Position(m.file(), first.line(), first.column()), "migration " + m.name(),
                    "migration " + m.name() + " destroys data (`" + first.summary() + "`) and has neither a down.sql "
                            + "nor a backup note",
                    "take a backup before deploying and say where it is (`-- backup: ...` or README.md in the folder), "
                            + "or write down.sql");
        }
    }

    private static boolean destroys(ParsedStatement p, SqlCatalog catalog, String migration) {
        if (p instanceof ParsedStatement.DropTable d) {
            return d.tables().stream().anyMatch(t -> !createdHere(catalog, t.name(), migration));
        }
        if (p instanceof ParsedStatement.Truncate) {
            return true;
        }
        if (p instanceof ParsedStatement.DataChange d) {
            return d.kind() == ParsedStatement.DataChange.Kind.DELETE && !createdHere(catalog, d.table().name(), migration);
        }
        if (p instanceof ParsedStatement.AlterTable a) {
            return !createdHere(catalog, a.table().name(), migration)
                    && a.actions().stream().anyMatch(AlterAction.DropColumn.class::isInstance);
        }
        return false;
    }

    private static boolean createdHere(SqlCatalog catalog, String table, String migration) {
        return catalog.table(table).map(t -> t.createdIn().equals(migration)).orElse(false);
    }

    private static boolean mentionsBackup(MigrationSource m) {
        if (m.readme().toLowerCase(Locale.ROOT).contains("backup")) {
            return true;
        }
        for (SqlComment c : m.script().comments()) {
            String body = c.body().toLowerCase(Locale.ROOT);
            if (body.contains("backup") && !body.startsWith("warnings:")) {
                return true;
            }
        }
        return false;
    }
}
