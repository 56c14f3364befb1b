package dev.shale.lint;

import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves findings of the pending change from the rendered SQL to the schema: a finding about
 * {@code column "User"."slug"} points at the field whose column that is, one about
 * {@code table "User"} at the model. Findings it cannot place keep their SQL line.
 */
public final class PendingChangeLocator {
    private static final Pattern OBJECT = Pattern.compile("\"([^\"]+)\"(?:\\.\"([^\"]+)\")?");

    private PendingChangeLocator() {}

    public static Finding locate(Finding f, Optional<SchemaInput> schema) {
        if (!f.file().equals(PendingChange.NAME) || schema.isEmpty()) {
            return f;
        }
        Matcher m = OBJECT.matcher(f.object());
        if (!m.find()) {
            return f;
        }
        String table = m.group(1);
        String column = m.group(2);
        for (ModelBlock model : schema.get().models()) {
            if (!SchemaInput.tableName(model).equals(table)) {
                continue;
            }
            Position at = SchemaInput.position(model.name().span());
            if (column != null) {
                for (Field field : model.fields()) {
                    if (SchemaInput.columnName(field).equals(column) && !schema.get().isRelationField(field)) {
                        at = SchemaInput.position(field.name().span());
                    }
                }
            }
            return new Finding(f.code(), f.severity(), f.message(), at.file(), at.line(), at.column(), f.object(), f.fix());
        }
        return f;
    }
}
