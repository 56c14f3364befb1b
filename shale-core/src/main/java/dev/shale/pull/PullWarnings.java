package dev.shale.pull;

import java.util.ArrayList;
import java.util.List;

/**
 * What introspection could not represent or took from the existing schema, in the groups and
 * words Prisma uses, so that each is reported once.
 */
public final class PullWarnings {

    /** One group of warnings: the sentence that introduces it and its items, already worded. */
    public record Group(String message, List<String> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    private final java.util.TreeMap<String, java.util.TreeSet<String>> fieldsWithEmptyNames = new java.util.TreeMap<>();
    private final List<String> remappedFields = new ArrayList<>();
    private final List<String> enumValuesWithEmptyNames = new ArrayList<>();
    private final List<String> modelsWithoutColumns = new ArrayList<>();
    private final List<String> modelsWithoutIdentifiers = new ArrayList<>();
    private final List<String> viewsWithoutIdentifiers = new ArrayList<>();
    private final List<String> reintrospectedIdNames = new ArrayList<>();
    private final List<String> unsupportedTypes = new ArrayList<>();
    private final List<String> unsupportedViewTypes = new ArrayList<>();
    private final List<String> remappedModels = new ArrayList<>();
    private final List<String> remappedViews = new ArrayList<>();
    private final List<String> remappedValues = new ArrayList<>();
    private final List<String> remappedEnums = new ArrayList<>();
    private final List<String> reintrospectedRelations = new ArrayList<>();
    private final List<String> checkConstraints = new ArrayList<>();
    private final List<String> exclusionConstraints = new ArrayList<>();
    private final List<String> expressionIndexes = new ArrayList<>();

    void fieldWithEmptyName(String model, String field) {
        fieldsWithEmptyNames.computeIfAbsent(model, k -> new java.util.TreeSet<>()).add(field);
    }

    /** Prisma groups these by model: {@code Model: "A", field(s): ["1", "2"]}. */
    private List<String> groupedEmptyNames() {
        List<String> items = new ArrayList<>();
        fieldsWithEmptyNames.forEach((model, fields) -> items.add("Model: \"" + model + "\", field(s): ["
                + String.join(", ", fields.stream().map(PullWarnings::quoted).toList()) + "]"));
        return items;
    }

    void remappedField(String model, String field) {
        remappedFields.add(modelField(model, field));
    }

    void enumValueWithEmptyName(String enumName, String value) {
        enumValuesWithEmptyNames.add("Enum: \"" + enumName + "\", value: \"" + value + "\"");
    }

    void modelWithoutColumns(String model) {
        modelsWithoutColumns.add(quoted(model));
    }

    void modelWithoutIdentifier(String model) {
        modelsWithoutIdentifiers.add(quoted(model));
    }

    void viewWithoutIdentifier(String view) {
        viewsWithoutIdentifiers.add(quoted(view));
    }

    void reintrospectedIdName(String model) {
        reintrospectedIdNames.add(quoted(model));
    }

    void unsupportedType(String model, String field, String type) {
        unsupportedTypes.add(modelField(model, field) + ", original data type: \"" + type + "\"");
    }

    void unsupportedViewType(String view, String field, String type) {
        unsupportedViewTypes.add("View: \"" + view + "\", field: \"" + field + "\", original data type: \"" + type + "\"");
    }

    void remappedModel(String model) {
        remappedModels.add(quoted(model));
    }

    void remappedView(String view) {
        remappedViews.add(quoted(view));
    }

    void remappedValue(String enumName, String value) {
        remappedValues.add("Enum: \"" + enumName + "\", value: \"" + value + "\"");
    }

    void remappedEnum(String enumName) {
        remappedEnums.add(quoted(enumName));
    }

    void reintrospectedRelation(String model) {
        reintrospectedRelations.add(quoted(model));
    }

    void checkConstraint(String model, String constraint) {
        checkConstraints.add("Model: \"" + model + "\", constraint: \"" + constraint + "\"");
    }

    void exclusionConstraint(String model, String constraint) {
        exclusionConstraints.add("Model: \"" + model + "\", constraint: \"" + constraint + "\"");
    }

    void expressionIndex(String model, String index) {
        expressionIndexes.add("Model: \"" + model + "\", constraint: \"" + index + "\"");
    }

    private static String modelField(String model, String field) {
        return "Model: \"" + model + "\", field: \"" + field + "\"";
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** The groups in Prisma's order. */
    public List<Group> groups() {
        List<Group> g = new ArrayList<>();
        add(g, "These fields were commented out because their names are currently not supported by Prisma. Please provide "
                + "valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:", groupedEmptyNames());
        add(g, "These fields were enriched with `@map` information taken from the previous Prisma schema:", remappedFields);
        add(g, "These enum values were commented out because their names are currently not supported by Prisma. Please "
                + "provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:", enumValuesWithEmptyNames);
        add(g, "The following models were commented out as we could not retrieve columns for them. Please check your "
                + "privileges:", modelsWithoutColumns);
        add(g, "The following models were ignored as they do not have a valid unique identifier or id. This is currently "
                + "not supported by Prisma Client:", modelsWithoutIdentifiers);
        add(g, "The following views were ignored as they do not have a valid unique identifier or id. This is currently "
                + "not supported by Prisma Client. Please refer to the documentation on defining unique identifiers in views: "
                + "https://pris.ly/d/view-identifiers", viewsWithoutIdentifiers);
        add(g, "These models were enriched with custom compound id names taken from the previous Prisma schema:",
                reintrospectedIdNames);
        add(g, "These fields are not supported by Prisma Client, because Prisma currently does not support their types:",
                unsupportedTypes);
        add(g, "These fields are not supported by Prisma Client, because Prisma currently does not support their types:",
                unsupportedViewTypes);
        add(g, "These models were enriched with `@@map` information taken from the previous Prisma schema:", remappedModels);
        add(g, "These views were enriched with `@@map` information taken from the previous Prisma schema:", remappedViews);
        add(g, "These enum values were enriched with `@map` information taken from the previous Prisma schema:",
                remappedValues);
        add(g, "These enums were enriched with `@@map` information taken from the previous Prisma schema:", remappedEnums);
        add(g, "Relations were copied from the previous data model due to not using foreign keys in the database. If any "
                + "of the relation columns changed in the database, the relations might not be correct anymore:",
                reintrospectedRelations);
        add(g, "These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
                + "check constraints. Read more: https://pris.ly/d/check-constraints", checkConstraints);
        add(g, "These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
                + "exclusion constraints. Read more: https://pris.ly/d/exclusion-constraints", exclusionConstraints);
        add(g, "These indexes are not supported by Prisma Client, because Prisma currently does not fully support "
                + "expression indexes. Read more: https://pris.ly/d/expression-indexes", expressionIndexes);
        return g;
    }

    public boolean isEmpty() {
        return groups().isEmpty();
    }

    /** Prisma's block: {@code *** WARNING ***}, then each group as a blank line, its sentence and {@code   - item} lines. */
    public String render() {
        StringBuilder sb = new StringBuilder("*** WARNING ***\n");
        for (Group group : groups()) {
            sb.append('\n').append(group.message()).append('\n');
            for (String item : group.items()) {
                sb.append("  - ").append(item).append('\n');
            }
        }
        return sb.toString();
    }

    /** The block as {@code db pull --print} writes it after the schema: every line a {@code //} comment. */
    public String renderAsComment() {
        StringBuilder sb = new StringBuilder();
        for (String line : render().split("\n", -1)) {
            sb.append("// ").append(line).append('\n');
        }
        return sb.toString();
    }

    private static void add(List<Group> groups, String message, List<String> items) {
        if (!items.isEmpty()) {
            groups.add(new Group(message, items));
        }
    }
}
