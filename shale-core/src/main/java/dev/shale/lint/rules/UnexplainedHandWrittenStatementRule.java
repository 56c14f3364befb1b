package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.ParsedStatement;
import dev.shale.lint.sql.SqlComment;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SH702: a statement written by hand into a migration needs a comment saying why. A schema differ
 * (Prisma's or Shale's) only writes DDL, so data changes, procedural blocks, functions, triggers,
 * grants, views and transaction control in a migration are hand-written by construction. Once the
 * differ is merged the rule also compares DDL with what the differ generates for the same change
 * (see docs/lint-rules.md). Prisma's own step headers ({@code -- CreateTable}) and shale directives do
 * not count as explanations.
 */
public final class UnexplainedHandWrittenStatementRule extends BaseStatementRule {
    private static final Pattern PRISMA_HEADER = Pattern.compile("^[A-Z][A-Za-z]+$");
    private static final Set<String> HAND_WRITTEN_OTHER = Set.of("DO", "CREATE FUNCTION", "CREATE PROCEDURE",
            "CREATE TRIGGER", "CREATE VIEW", "CREATE MATERIALIZED", "CREATE RULE", "CREATE POLICY", "GRANT", "REVOKE",
            "SELECT", "CALL", "COPY", "WITH", "ALTER FUNCTION", "ALTER DEFAULT", "ALTER ROLE", "CREATE ROLE",
            "CREATE USER", "DROP FUNCTION", "DROP TRIGGER", "DROP VIEW", "MERGE", "NOTIFY", "VALUES");

    public UnexplainedHandWrittenStatementRule() {
        super("SH702", Severity.WARNING, "hand-written statement without an explaining comment");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        ParsedStatement p = s.statement().parsed();
        String kind = handWrittenKind(p);
        if (kind == null || explained(s)) {
            return;
        }
        findings.report(s.position(), "", kind + " `" + s.statement().summary()
                + "` was written by hand (a schema differ never generates it) and has no comment saying why",
                "add a comment just above it: what it does, why it is needed, and whether it is safe to re-run");
    }

    /** What kind of hand-written statement this is, or null when a differ could have generated it. */
    static String handWrittenKind(ParsedStatement p) {
        if (p instanceof ParsedStatement.DataChange d) {
            return d.kind() + " statement";
        }
        if (p instanceof ParsedStatement.Truncate) {
            return "TRUNCATE statement";
        }
        if (p instanceof ParsedStatement.Transaction t) {
            return t.kind() + " statement";
        }
        if (p instanceof ParsedStatement.Maintenance m) {
            return m.keyword() + " statement";
        }
        if (p instanceof ParsedStatement.SetParameter set) {
            return set.name().endsWith("_timeout") ? null : "SET statement";
        }
        if (p instanceof ParsedStatement.Other o) {
            String k = o.kind().toUpperCase(Locale.ROOT);
            return HAND_WRITTEN_OTHER.contains(k) || k.startsWith("CREATE OR") ? k + " statement" : null;
        }
        return null;
    }

    private static boolean explained(StatementContext s) {
        for (SqlComment c : s.statement().comments()) {
            String body = c.body().strip();
            String lower = body.toLowerCase(Locale.ROOT);
            if (body.isEmpty() || lower.startsWith("shale:") || lower.startsWith("warnings:")
                    || PRISMA_HEADER.matcher(body).matches()) {
                continue;
            }
            return true;
        }
        return false;
    }
}
