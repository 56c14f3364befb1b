package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.Severity;
import dev.shale.lint.StatementContext;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.sql.ParsedStatement.CreateEnum;
import java.util.ArrayList;
import java.util.List;

/**
 * SH208: Prisma removes an enum value by creating {@code "Role_new"} without it, converting the
 * columns ({@code USING ("role"::text::"Role_new")}) and renaming. Rows that still hold a removed
 * value make the conversion fail. With a database the rule counts them per column.
 */
public final class EnumValueRemovedRule extends BaseStatementRule {
    public EnumValueRemovedRule() {
        super("SH208", Severity.ERROR, "enum value removed while rows use it");
    }

    @Override
    public void checkStatement(StatementContext s, Findings findings) {
        if (!(s.statement().parsed() instanceof CreateEnum created) || !created.type().name().endsWith("_new")) {
            return;
        }
        String base = created.type().name().substring(0, created.type().name().length() - "_new".length());
        List<String> old = s.catalog().enumValues(base).orElse(List.of());
        List<String> removed = old.stream().filter(v -> !created.values().contains(v)).toList();
        if (removed.isEmpty()) {
            return;
        }
        String values = String.join(", ", removed);
        String object = "enum " + q(base);
        String fix = "update the rows that use " + values + " to another value in a data migration first";
        DataAnswer<List<String[]>> columns = s.data().columnsOfEnum(base);
        if (!columns.known()) {
            findings.report(Severity.WARNING, s.position(), object, "removes " + values + " from enum " + q(base)
                    + "; rows using them make the migration fail (" + columns.unavailableReason() + ")", fix);
            return;
        }
        List<String> used = new ArrayList<>();
        for (String[] column : columns.value()) {
            for (String value : removed) {
                DataAnswer<Long> rows = s.data().rowsWithValue(column[0], column[1], value);
                if (rows.known() && rows.value() > 0) {
                    used.add(rows.about() + String.format("%,d", rows.value()) + " rows of " + q(column[0]) + "."
                            + q(column[1]) + " hold " + value);
                } else if (!rows.known()) {
                    used.add(q(column[0]) + "." + q(column[1]) + " " + rows.unavailableReason());
                }
            }
        }
        if (!used.isEmpty()) {
            findings.report(s.position(), object, "removes " + values + " from enum " + q(base) + ", but "
                    + String.join("; ", used), fix);
        }
    }
}
