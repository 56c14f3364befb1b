package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.List;

/**
 * SH105: a relation's scalar field is named after the entity with an {@code Id} suffix: {@code userId}
 * for {@code user User @relation(fields: [userId], ...)}. The relation field's name or the related
 * model's name, plus {@code Id}, are both accepted.
 */
public final class RelationScalarNameRule extends BaseRule {
    public RelationScalarNameRule() {
        super("SH105", Severity.WARNING, "relation scalar fields are named <entity>Id");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            for (Field relation : m.fields()) {
                List<String> scalars = SchemaInput.relationScalars(relation);
                if (!schema.isRelationField(relation) || scalars.size() != 1) {
                    continue;
                }
                String scalar = scalars.get(0);
                String byField = relation.name().name() + "Id";
                String target = relation.fieldType().name();
                String byModel = Character.toLowerCase(target.charAt(0)) + target.substring(1) + "Id";
                if (!scalar.equals(byField) && !scalar.equals(byModel)) {
                    Field scalarField = m.field(scalar).orElse(relation);
                    findings.report(SchemaInput.position(scalarField.name().span()), "field " + m.name().name() + "." + scalar,
                            "relation scalar `" + scalar + "` of " + m.name().name() + "." + relation.name().name()
                                    + " is not named after the entity (" + byField + ")",
                            "rename it to " + byField + " (keep the column with @map(\"" + scalar + "\"))");
                }
            }
        }
    }
}
