package dev.shale.pull;

import dev.shale.datamodel.Model;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Views as {@code view} blocks (with the {@code views} preview feature): their columns as fields,
 * and what only the existing schema can say about them (names, ids, unique fields, relations).
 */
final class ViewRenderer {
    private final PullContext ctx;
    private final IndexText indexText;

    ViewRenderer(PullContext ctx) {
        this.ctx = ctx;
        this.indexText = new IndexText(ctx);
    }

    List<ModelRenderer.Rendered> render() {
        List<ModelRenderer.Rendered> out = new ArrayList<>();
        for (ViewShape v : ctx.details.views()) {
            if (v.columns().isEmpty()) {
                continue;
            }
            out.add(render(v));
        }
        out.sort((a, b) -> Enums.compareNoneLast(a.position(), b.position()));
        return out;
    }

    private ModelRenderer.Rendered render(ViewShape v) {
        Table t = new Table(null, v.name(), v.columns(), null, List.of(), List.of());
        Optional<Model> prev = ctx.previous.viewForName(v.name());
        ctx.names.bindView(t, prev.orElse(null));
        PslName name = prev.map(m -> new PslName(m.name(), m.dbName().equals(m.name()) ? null : m.dbName(), true))
                .orElse(NameResolver.fromDatabaseType(v.name()));
        if (prev.isPresent() && name.mapped() != null) {
            ctx.warnings.remappedView(name.name());
        }
        StringBuilder sb = new StringBuilder();
        prev.flatMap(Model::documentation).ifPresent(d -> Docs.append(sb, d, ""));
        sb.append("view ").append(name.name()).append(" {\n");
        List<String> lines = new ArrayList<>();
        for (dev.shale.sql.Column c : v.columns()) {
            lines.addAll(ScalarFieldText.viewLines(ctx, indexText, t, c, name.name(), prev));
        }
        prev.ifPresent(m -> lines.addAll(keptRelationsAndKeys(m)));
        if (name.mapped() != null) {
            lines.add("@@map(" + PslText.quote(name.mapped()) + ")");
        }
        if (prev.map(Model::ignored).orElse(false)) {
            lines.add("@@ignore");
        }
        for (String line : lines) {
            for (String part : line.split("\n")) {
                sb.append("  ").append(part).append('\n');
            }
        }
        sb.append("}\n");
        return new ModelRenderer.Rendered(ctx.previous.position(prev.orElse(null)), sb.toString(),
                prev.map(m -> m.span().file()).orElse(null));
    }

    /**
     * What only the existing schema knows about a view, copied as written: its relation fields (to
     * models or views still there), its compound id and its block-level unique constraints and indexes.
     */
    private List<String> keptRelationsAndKeys(Model view) {
        List<String> out = new ArrayList<>();
        for (dev.shale.datamodel.RelationField rf : view.relationFields()) {
            boolean stillThere = ctx.previous.datamodel().flatMap(d -> d.findModel(rf.relatedModel()))
                    .map(ctx::modelStillExists).orElse(false);
            if (stillThere) {
                out.add(EmulatedRelation.line(rf));
                ctx.warnings.reintrospectedRelation(rf.relatedModel());
            }
        }
        view.primaryKey().filter(pk -> pk.fields().size() > 1).ifPresent(pk -> out.add("@@id(" + fields(pk.fields())
                + pk.name().map(n -> ", name: " + PslText.quote(n)).orElse("")
                + pk.map().map(m -> ", map: " + PslText.quote(m)).orElse("") + ")"));
        for (dev.shale.datamodel.Index i : view.indexes()) {
            if (i.isUnique() && i.fields().size() == 1) {
                continue;
            }
            String keyword = switch (i.kind()) {
                case UNIQUE -> "@@unique";
                case FULLTEXT -> "@@fulltext";
                case NORMAL -> "@@index";
            };
            out.add(keyword + "(" + fields(i.fields()) + i.name().map(n -> ", name: " + PslText.quote(n)).orElse("")
                    + i.map().map(m -> ", map: " + PslText.quote(m)).orElse("") + ")");
        }
        return out;
    }

    private static String fields(List<dev.shale.datamodel.IndexField> fields) {
        List<String> names = new ArrayList<>();
        for (dev.shale.datamodel.IndexField f : fields) {
            List<String> args = new ArrayList<>();
            if (f.length().isPresent()) {
                args.add("length: " + f.length().getAsInt());
            }
            f.sort().filter(s -> s == dev.shale.datamodel.SortOrder.DESC).ifPresent(s -> args.add("sort: Desc"));
            names.add(String.join(".", f.path()) + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")"));
        }
        return PslText.list(names);
    }
}
