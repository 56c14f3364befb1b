package dev.shale.pull;

import dev.shale.datamodel.Model;
import dev.shale.db.DatabaseKind;
import dev.shale.sql.Column;
import dev.shale.sql.Index;
import dev.shale.sql.IndexKind;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One table as a model block: documentation Prisma adds, scalar fields with their attributes,
 * relation fields, {@code @@id}, indexes (in the existing schema's order, new ones after),
 * {@code @@map} and {@code @@ignore}. Warnings are recorded as the model is rendered.
 */
final class ModelRenderer {
    private static final String NO_IDENTIFIER = "The underlying table does not contain a valid unique identifier and can "
            + "therefore currently not be handled by Prisma Client.";

    /** A rendered model, its position in the existing schema (-1 when new) and its file there ({@code null} when new). */
    record Rendered(int position, String text, String file) {}

    private final PullContext ctx;
    private final RelationFields relations;
    private final IndexText indexText;

    ModelRenderer(PullContext ctx) {
        this.ctx = ctx;
        this.relations = new RelationFields(ctx);
        this.indexText = new IndexText(ctx);
    }

    Rendered render(Table t) {
        Optional<Model> prev = ctx.previousModel(t);
        PslName name = ctx.names.model(t);
        List<String> docs = new ArrayList<>();
        prev.flatMap(Model::documentation).ifPresent(docs::add);
        if (name.mapped() != null && prev.isEmpty() && Names.isReserved(t.name())) {
            addDoc(docs, "This model has been renamed to '" + name.name() + "' during introspection, because the original name '"
                    + t.name() + "' is reserved.");
        }
        if (prev.isEmpty() && !t.checks().isEmpty()) {
            addDoc(docs, "This table contains check constraints and requires additional setup for migrations. Visit "
                    + "https://pris.ly/d/check-constraints for more info.");
        }
        List<String> exclusions = opaqueOn(t, "exclusion constraint on table");
        if (prev.isEmpty() && !exclusions.isEmpty()) {
            addDoc(docs, "This table contains exclusion constraints and requires additional setup for migrations. Visit "
                    + "https://pris.ly/d/exclusion-constraints for more info.");
        }
        boolean commentedOut = t.columns().isEmpty();
        boolean usable = TableGraph.hasUsableIdentifier(t);
        if (commentedOut) {
            addDoc(docs, ctx.kind == DatabaseKind.POSTGRESQL
                    ? "We could not retrieve columns for the underlying table. Either it has none or you are missing rights "
                            + "to see them. Please check your privileges."
                    : "We could not retrieve columns for the underlying table. You probably have no rights to see them. "
                            + "Please check your privileges.");
            ctx.warnings.modelWithoutColumns(name.name());
        } else if (!usable && !ctx.ignoredInPrevious(t)) {
            addDoc(docs, NO_IDENTIFIER);
            ctx.warnings.modelWithoutIdentifier(name.name());
        }
        List<String> expressionIndexes = ctx.kind == DatabaseKind.POSTGRESQL ? opaqueOn(t, "expression index on table")
                : List.of();
        if (!expressionIndexes.isEmpty()) {
            addDoc(docs, "This model contains an expression index which requires additional setup for migrations. Visit "
                    + "https://pris.ly/d/expression-indexes for more info.");
        }
        modelWarnings(t, prev, name, exclusions, expressionIndexes);

        List<String> lines = new ArrayList<>();
        for (Column c : t.columns()) {
            lines.addAll(ScalarFieldText.lines(ctx, indexText, t, c, name.name()));
        }
        lines.addAll(relations.lines(t));
        if (t.primaryKey() != null && t.primaryKey().columns().size() > 1) {
            lines.add(indexText.blockId(t, prev.flatMap(Model::primaryKey).flatMap(pk -> pk.name())));
        }
        lines.addAll(indexLines(t, prev));
        if (name.mapped() != null) {
            lines.add("@@map(" + PslText.quote(name.mapped()) + ")");
        }
        if (ctx.ignored(t)) {
            lines.add("@@ignore");
        }
        String comment = commentedOut ? "// " : "";
        StringBuilder sb = new StringBuilder();
        for (String doc : docs) {
            Docs.append(sb, doc, "");
        }
        sb.append(comment).append("model ").append(name.name()).append(" {\n");
        for (String line : lines) {
            for (String part : line.split("\n")) {
                sb.append(comment).append("  ").append(part).append('\n');
            }
        }
        sb.append(comment).append("}\n");
        return new Rendered(ctx.previous.position(prev.orElse(null)), sb.toString(), prev.map(m -> m.span().file()).orElse(null));
    }

    /** Adds a documentation text unless the existing documentation already says it (re-introspection). */
    private static void addDoc(List<String> docs, String doc) {
        if (docs.stream().noneMatch(d -> d.contains(doc))) {
            docs.add(doc);
        }
    }

    private void modelWarnings(Table t, Optional<Model> prev, PslName name, List<String> exclusions,
            List<String> expressionIndexes) {
        if (t.primaryKey() != null && t.primaryKey().columns().size() > 1
                && prev.flatMap(Model::primaryKey).flatMap(pk -> pk.name()).isPresent()) {
            ctx.warnings.reintrospectedIdName(name.name());
        }
        if (prev.isPresent() && name.mapped() != null) {
            ctx.warnings.remappedModel(name.name());
        }
        t.checks().forEach(c -> ctx.warnings.checkConstraint(name.name(), c.name()));
        exclusions.forEach(x -> ctx.warnings.exclusionConstraint(name.name(), x));
        expressionIndexes.forEach(x -> ctx.warnings.expressionIndex(name.name(), x));
    }

    /** Names of the objects of one kind the introspection kept opaque for this table. */
    private List<String> opaqueOn(Table t, String kindPrefix) {
        return ctx.opaque(kindPrefix + " \"" + t.name() + "\"");
    }

    private List<String> indexLines(Table t, Optional<Model> prev) {
        record Line(int position, String text) {}
        List<Line> lines = new ArrayList<>();
        for (Index i : t.indexes()) {
            if (i.kind() == IndexKind.UNIQUE && i.columns().size() == 1) {
                continue;
            }
            Optional<dev.shale.datamodel.Index> p = prev.flatMap(m -> m.indexes().stream()
                    .filter(x -> x.constraintName().equals(i.name()) || (x.map().isEmpty() && x.name().equals(Optional.of(i.name()))))
                    .findFirst());
            lines.add(new Line(p.map(x -> x.span().start()).orElse(-1), indexText.blockIndex(t, i, p)));
        }
        lines.sort((a, b) -> Enums.compareNoneLast(a.position(), b.position()));
        return lines.stream().map(Line::text).toList();
    }

    /** A default value as schema text. */
    static String defaultText(PullContext ctx, Column c, PrismaDefault d) {
        if (d instanceof PrismaDefault.Autoincrement) {
            return "autoincrement()";
        }
        if (d instanceof PrismaDefault.Now) {
            return "now()";
        }
        if (d instanceof PrismaDefault.DbGenerated g) {
            return g.expression() == null || g.expression().replace("\0", "").isEmpty() ? "dbgenerated()"
                    : "dbgenerated(" + PslText.quote(g.expression()) + ")";
        }
        if (d instanceof PrismaDefault.Text s) {
            return PslText.quote(s.value());
        }
        if (d instanceof PrismaDefault.Constant k) {
            return k.text();
        }
        if (d instanceof PrismaDefault.EnumValue e) {
            return enumDefault(ctx, c, e.dbValue());
        }
        if (d instanceof PrismaDefault.Bytes b) {
            return PslText.quote(Base64.getEncoder().encodeToString(b.value()));
        }
        if (d instanceof PrismaDefault.ClientFunction f) {
            return f.text();
        }
        return PslText.list(((PrismaDefault.ListOf) d).values().stream().map(v -> defaultText(ctx, c, v)).toList());
    }

    private static String enumDefault(PullContext ctx, Column c, String dbValue) {
        if (c.type().enumRef() == null) {
            return Names.sanitize(dbValue);
        }
        PslName v = ctx.enums.valueName(c.type().enumRef(), dbValue);
        return v.name().isEmpty() ? "dbgenerated(" + PslText.quote(v.mapped()) + ")" : v.name();
    }
}
