package dev.shale.lint.rules;

import dev.shale.lint.Findings;
import dev.shale.lint.LintContext;
import dev.shale.lint.Severity;
import dev.shale.lint.schema.SchemaInput;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.EnumValue;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import java.util.regex.Pattern;

/** SH103: fields camelCase; models and enums PascalCase; enum values UPPER_SNAKE_CASE. */
public final class NamingCaseRule extends BaseRule {
    // Compiled once: String.matches compiles its pattern at every call (60,000 fields in a 5,000-model schema).
    private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public NamingCaseRule() {
        super("SH103", Severity.WARNING, "camelCase fields, PascalCase models and enums, UPPER_SNAKE_CASE enum values");
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.schema().isEmpty()) {
            return;
        }
        SchemaInput schema = context.schema().get();
        for (ModelBlock m : schema.models()) {
            String name = m.name().name();
            if (!PASCAL.matcher(name).matches()) {
                findings.report(SchemaInput.position(m.name().span()), "model " + name, "model name `" + name
                        + "` is not PascalCase", "rename it to " + pascal(name) + " and keep the table with @@map(\"" + name + "\")");
            }
            for (Field f : m.fields()) {
                String field = f.name().name();
                if (!CAMEL.matcher(field).matches()) {
                    findings.report(SchemaInput.position(f.name().span()), "field " + name + "." + field, "field name `"
                            + field + "` in model " + name + " is not camelCase", "rename it to " + camel(field)
                            + " and keep the column with @map(\"" + SchemaInput.columnName(f) + "\")");
                }
            }
        }
        for (EnumBlock e : schema.enums()) {
            String name = e.name().name();
            if (!PASCAL.matcher(name).matches()) {
                findings.report(SchemaInput.position(e.name().span()), "enum " + name, "enum name `" + name
                        + "` is not PascalCase", "rename it to " + pascal(name) + " and keep the type with @@map(\"" + name + "\")");
            }
            for (EnumValue v : e.values()) {
                String value = v.name().name();
                if (!UPPER_SNAKE.matcher(value).matches()) {
                    findings.report(SchemaInput.position(v.name().span()), "enum value " + name + "." + value,
                            "enum value `" + value + "` of " + name + " is not UPPER_SNAKE_CASE",
                            "rename it to " + upperSnake(value) + " and keep the stored value with @map(\"" + value + "\")");
                }
            }
        }
    }

    static String camel(String name) {
        String p = pascal(name);
        return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    static String upperSnake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
