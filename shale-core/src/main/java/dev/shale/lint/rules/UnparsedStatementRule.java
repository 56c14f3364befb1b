package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.ParsedStatement.Unparsed;
import dev.shale.lint.sql.SqlStatement;
import dev.shale.lint.sql.SqlSyntaxError;

/** SH001: SQL the linter could not read is said so, with its position; it is never a crash. */
public final class UnparsedStatementRule extends BaseRule {
    public UnparsedStatementRule() {
        super("SH001", Severity.WARNING, "could not parse; statement not checked");
    }

    @Override
    public boolean readsPostgresSql() {
        return true;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        context.schema().ifPresent(schema -> schema.parsed().diagnostics().stream().filter(d -> d.isError())
                .forEach(d -> findings.report(new Position(d.span().file(), d.span().line(), d.span().column()), "",
                        "could not parse the schema: " + d.message() + "; the schema rules may miss what is there",
                        "run `shale validate` and fix the schema")));
        for (MigrationSource m : context.checkedMigrations()) {
            for (SqlStatement st : m.script().statements()) {
                if (st.parsed() instanceof Unparsed u) {
                    findings.report(new Position(m.file(), u.at().line(), u.at().column()), "",
                            "could not parse `" + st.summary() + "` (" + u.reason() + "); statement not checked",
                            "check the statement's syntax; if it is valid PostgreSQL, report it so Shale learns it");
                }
            }
            SqlSyntaxError e = m.script().syntaxError();
            if (e != null) {
                findings.report(new Position(m.file(), e.line(), e.column()), "",
                        "could not parse: " + e.message() + "; the rest of the file is not checked",
                        "close the string, identifier or comment that starts here");
            }
        }
    }
}
