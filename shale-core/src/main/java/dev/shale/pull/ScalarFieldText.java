package dev.shale.pull;

import dev.shale.datamodel.EnumType;
import dev.shale.datamodel.ScalarField;
import dev.shale.sql.Arity;
import dev.shale.sql.Column;
import dev.shale.sql.Index;
import dev.shale.sql.IndexKind;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One column as a scalar field line: name, type and arity, then the attributes in the order
 * Prisma writes them ({@code @updatedAt @unique @id @default @map @db.* @ignore}).
 */
final class ScalarFieldText {
    private ScalarFieldText() {}

    /** The field's lines: its documentation (if any), then the field; one string, lines joined by newlines. */
    static List<String> lines(PullContext ctx, IndexText indexText, Table t, Column c, String modelName) {
        Optional<ScalarField> prev = ctx.names.previousField(t, c);
        PslName name = ctx.names.field(t, c);
        PrismaTypes.Info info = ctx.type(t, c);
        boolean emptyName = Names.sanitize(c.name()).isEmpty();
        String fieldName = name.name().isEmpty() ? c.name() : name.name();
        StringBuilder sb = new StringBuilder();
        List<String> docs = new ArrayList<>();
        prev.flatMap(ScalarField::documentation).ifPresent(docs::add);
        if (emptyName) {
            docs.add("This field was commented out because of an invalid name. Please provide a valid one that matches "
                    + "[a-zA-Z][a-zA-Z0-9_]*");
        }
        for (String doc : docs) {
            Docs.append(sb, doc, "");
        }
        if (emptyName) {
            sb.append("// ");
        }
        String type = ctx.prismaType(t, c);
        sb.append(fieldName).append(' ').append(info.unsupported() ? "Unsupported(" + PslText.quote(type) + ")" : type);
        Arity arity = c.arity();
        if (arity == Arity.NULLABLE) {
            sb.append('?');
        } else if (arity == Arity.LIST) {
            sb.append("[]");
        }
        if (prev.map(ScalarField::updatedAt).orElse(false)) {
            sb.append(" @updatedAt");
        }
        uniqueIndex(t, c).ifPresent(i -> sb.append(' ').append(indexText.fieldUnique(t, i)));
        if (t.isSinglePrimaryKey(c.name())) {
            sb.append(' ').append(indexText.fieldId(t));
        }
        PrismaDefault d = ctx.defaultValue(t, c);
        Optional<EnumType> sqliteEnum = ctx.sqliteEnum(t, c);
        if (d instanceof PrismaDefault.Text text && sqliteEnum.isPresent()) {
            // SQLite keeps enums as text: the default names the value, so the schema stays valid.
            d = sqliteEnum.get().values().stream().filter(v -> v.dbName().equals(text.value())).findFirst()
                    .<PrismaDefault>map(v -> new PrismaDefault.Constant(v.name())).orElse(d);
        }
        if (d != null) {
            sb.append(" @default(").append(ModelRenderer.defaultText(ctx, c, d)).append(')');
        }
        appendMapNativeTypeIgnore(sb, ctx, name, info, prev);
        if (emptyName) {
            ctx.warnings.fieldWithEmptyName(modelName, fieldName);
        }
        if (name.fromPrevious() && name.mapped() != null) {
            ctx.warnings.remappedField(modelName, fieldName);
        }
        if (info.unsupported()) {
            ctx.warnings.unsupportedType(modelName, fieldName, type);
        }
        return List.of(sb.toString());
    }

    /**
     * A view column: views have no keys, so {@code @id} and {@code @unique} come from the existing
     * schema, as does the arity of a column the database reports as nullable.
     */
    static List<String> viewLines(PullContext ctx, IndexText indexText, Table view, Column c, String viewName,
            Optional<dev.shale.datamodel.Model> previousView) {
        Optional<ScalarField> prev = ctx.names.previousField(view, c);
        PslName name = ctx.names.field(view, c);
        PrismaTypes.Info info = ctx.type(view, c);
        StringBuilder sb = new StringBuilder();
        prev.flatMap(ScalarField::documentation).ifPresent(d -> Docs.append(sb, d, ""));
        String type = ctx.prismaType(view, c);
        sb.append(name.name()).append(' ').append(info.unsupported() ? "Unsupported(" + PslText.quote(type) + ")" : type);
        Arity arity = c.arity();
        if (arity == Arity.NULLABLE && prev.isPresent()) {
            arity = switch (prev.get().arity()) {
                case REQUIRED -> Arity.REQUIRED;
                case LIST -> Arity.LIST;
                case OPTIONAL -> Arity.NULLABLE;
            };
        }
        sb.append(arity == Arity.NULLABLE ? "?" : arity == Arity.LIST ? "[]" : "");
        if (prev.isPresent() && previousView.isPresent()) {
            String field = prev.get().name();
            dev.shale.datamodel.Model m = previousView.get();
            if (m.indexes().stream().anyMatch(i -> i.isUnique() && i.definedOnField() && i.fieldNames().equals(List.of(field)))) {
                sb.append(" @unique");
            }
            if (m.primaryKey().filter(pk -> pk.fieldNames().equals(List.of(field))).isPresent()) {
                sb.append(" @id");
            }
        }
        appendMapNativeTypeIgnore(sb, ctx, name, info, prev);
        if (info.unsupported()) {
            ctx.warnings.unsupportedViewType(viewName, name.name(), type);
        }
        return List.of(sb.toString());
    }

    /** The first single-column unique index on this column: it becomes {@code @unique} on the field. */
    private static Optional<Index> uniqueIndex(Table t, Column c) {
        return t.indexes().stream()
                .filter(i -> i.kind() == IndexKind.UNIQUE && i.columns().size() == 1 && i.columns().get(0).column().equals(c.name()))
                .findFirst();
    }

    /** The attributes that close every field line: {@code @map}, {@code @db.*}, {@code @ignore}. */
    private static void appendMapNativeTypeIgnore(StringBuilder sb, PullContext ctx, PslName name, PrismaTypes.Info info,
            Optional<ScalarField> prev) {
        if (name.mapped() != null) {
            sb.append(" @map(").append(PslText.quote(name.mapped())).append(')');
        }
        if (info.nativeType() != null) {
            sb.append(' ').append(PrismaTypes.attribute(ctx.datasourceName, info.nativeType()));
        }
        if (prev.map(ScalarField::ignored).orElse(false)) {
            sb.append(" @ignore");
        }
    }
}
