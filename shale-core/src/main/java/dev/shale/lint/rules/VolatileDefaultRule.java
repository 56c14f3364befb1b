package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.sql.AlterAction;
import dev.shale.lint.sql.AlterAction.AddColumn;
import dev.shale.lint.sql.ColumnDefinition;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SH305: since PostgreSQL 11 a new column with a constant (or stable, like {@code now()}) default is
 * added without touching the rows; a volatile default ({@code gen_random_uuid()}, {@code random()},
 * a serial's {@code nextval()}), a stored generated column or an identity column rewrites the whole
 * table under an ACCESS EXCLUSIVE lock. Unknown functions are treated as possibly volatile.
 */
public final class VolatileDefaultRule extends BaseStatementRule {
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
            "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "setseed",
            "random_normal", "gen_random_bytes", "txid_current");
    /** Functions whose value does not change within a statement: a default from them needs no rewrite. */
    static final Set<String> NOT_VOLATILE = Set.of("now", "current_timestamp", "current_date", "localtimestamp",
            "transaction_timestamp", "statement_timestamp", "current_user", "session_user", "lower", "upper",
            "coalesce", "nullif", "array", "jsonb_build_object", "json_build_object", "to_jsonb", "concat",
            "make_interval", "interval", "timestamp", "timestamptz", "date", "numeric", "varchar", "char",
            "jsonb_build_array", "json_build_array", "cast", "round", "abs", "length", "greatest", "least");

    public VolatileDefaultRule() {
        super("SH305", Severity.WARNING, "volatile default rewrites the table");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        String table = table(s);
        for (AlterAction action : actionsOnExistingTable(s)) {
            if (!(action instanceof AddColumn add)) {
                continue;
            }
            String why = rewriteReason(add.column());
            if (why != null) {
                ColumnDefinition c = add.column();
                reportLock(s, findings, s.position(action.at()), table,
                        "column " + q(c.name()) + " on existing table " + q(table) + " " + why
                                + ": PostgreSQL rewrites every row under an ACCESS EXCLUSIVE lock",
                        "add the column without a default (or with a constant one), set the default with ALTER COLUMN "
                                + q(c.name()) + " SET DEFAULT for new rows, and backfill existing rows in batches");
            }
        }
    }

    /** Why adding this column rewrites the table, or null when it does not. */
    static String rewriteReason(ColumnDefinition c) {
        if (c.isSerial()) {
            return "is " + c.type() + ", whose nextval() default is volatile";
        }
        if (c.generatedStored()) {
            return "is a stored generated column";
        }
        if (c.identity()) {
            return "is an identity column";
        }
        Matcher m = CALL.matcher(c.defaultExpression());
        while (m.find()) {
            String fn = m.group(1).toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(fn)) {
                return "has the volatile default " + c.defaultExpression();
            }
            if (!NOT_VOLATILE.contains(fn)) {
                return "has the default " + c.defaultExpression() + ", which calls " + fn + "(), possibly volatile";
            }
        }
        return null;
    }
}
