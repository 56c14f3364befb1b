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
}
