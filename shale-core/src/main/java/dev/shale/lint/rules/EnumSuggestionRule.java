package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Position;
import dev.shale.lint.Severity;
import dev.shale.lint.data.DataAnswer;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.List;

/**
 * SH602 (data-aware): a String column on a large table that holds only a few distinct values is an
 * enum in disguise; an enum documents the values and the database enforces them. Without a
 * database the rule says once that it could not check.
 */
public final class EnumSuggestionRule extends BaseRule {
    public EnumSuggestionRule() {
        super("SH602", Severity.INFO, "String column with few distinct values on a large table: suggest an enum");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        if (!context.data().connected()) {
            schema.parsed().sources().stream().findFirst().ifPresent(src -> findings.report(Position.fileOnly(src.name()),
                    "", "enum suggestions for String columns " + DataAnswer.NO_DATABASE, "run shale lint with --url"));
            return;
        }
        int max = context.config().thresholds().enumMaxDistinct();
        for (ModelBlock m : schema.models()) {
            String table = SchemaInput.tableName(m);
            DataAnswer<Long> rows = context.data().rowCount(table);
            if (!rows.known() || rows.value() < context.config().thresholds().largeTableRows()) {
                continue;
            }
            for (Field f : m.fields()) {
                if (!f.fieldType().name().equals("String") || f.arity() == Arity.LIST || f.attribute("id").isPresent()
                        || f.attribute("unique").isPresent()) {
                    continue;
                }
                DataAnswer<List<String>> values = context.data().distinctValues(table, SchemaInput.columnName(f), max);
                if (values.known() && !values.value().isEmpty() && values.value().size() <= max) {
                    findings.report(SchemaInput.position(f.name().span()), "field " + m.name().name() + "." + f.name().name(),
                            "String field `" + f.name().name() + "` of " + m.name().name() + " holds only "
                                    + values.value().size() + " distinct values (" + String.join(", ", values.value()) + ") in "
                                    + rows.about() + String.format("%,d", rows.value()) + " rows"
                                    + (values.approximate() ? ", " + values.how() : ""),
                            "declare an enum with these values and change the field's type to it");
                }
            }
        }
    }
}
