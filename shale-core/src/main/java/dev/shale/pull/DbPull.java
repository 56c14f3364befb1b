package dev.shale.pull;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseKind;
import dev.shale.psl.SourceFile;
import dev.shale.psl.format.Formatter;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code db pull}: a described database (and the existing schema, when there is one) as a
 * formatted Prisma schema, the way {@code prisma db pull} writes it: models from tables, enums,
 * relations with Prisma's names, native types and defaults only where Prisma writes them, and the
 * existing schema's names, order and documentation kept.
 */
public final class DbPull {
    private DbPull() {}

    /**
     * Introspects {@code schema} into schema text.
     *
     * @param schema the database as introspected
     * @param kind which database it is
     * @param details what the catalog says beyond the schema ({@link DatabaseDetails#none()} to use the schema alone)
     * @param existing the schema to write into ({@link ExistingSchema#none} for a new one)
     * @throws ShaleException (exit 1) when the database has no table, view or enum to write
     */
    public static PullResult pull(SqlSchema schema, DatabaseKind kind, DatabaseDetails details, ExistingSchema existing) {
        Previous previous = existing.datamodel().map(Previous::of).orElse(Previous.none());
        SqlSchema ordered = inCatalogOrder(kind == DatabaseKind.SQLITE ? SqliteRowids.apply(schema, details) : schema, kind);
        PullContext ctx = new PullContext(kind, ordered, previous, details, existing.datasourceName(), existing.foreignKeys(),
                existing.viewsEnabled());
        List<Enums.Block> enumBlocks = ctx.enums.blocks();
        ModelRenderer models = new ModelRenderer(ctx);
        List<ModelRenderer.Rendered> rendered = new ArrayList<>();
        for (Table t : ctx.graph.modelTables()) {
            rendered.add(models.render(t));
        }
        rendered.sort((a, b) -> Enums.compareNoneLast(a.position(), b.position()));
        List<ModelRenderer.Rendered> views = ctx.views ? new ViewRenderer(ctx).render() : List.of();
        if (rendered.isEmpty() && enumBlocks.isEmpty() && views.isEmpty()) {
            throw new ShaleException(ExitCode.PROBLEMS, "The database is empty: it has no table, view or enum to write as a "
                    + "model (Prisma's P4001). Create a table first, or check that the URL points to the right database"
                    + (kind == DatabaseKind.POSTGRESQL ? " and schema (?schema=...)" : "") + ".");
        }
        boolean partialIndexes = rendered.stream().anyMatch(r -> r.text().contains("where: raw("));
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (SourceFile f : existing.files()) {
            StringBuilder sb = new StringBuilder();
            for (String block : existing.configBlocks(f.name())) {
                sb.append(partialIndexes ? PreviewFeatures.withPartialIndexes(block) : block).append('\n');
            }
            texts.put(f.name(), sb);
        }
        // Each block goes back to the file it was in; new ones go to the file of the datasource.
        String main = existing.datasourceFile();
        for (ModelRenderer.Rendered r : rendered) {
            texts.getOrDefault(r.file(), texts.get(main)).append(r.text()).append('\n');
        }
        for (ModelRenderer.Rendered r : views) {
            texts.getOrDefault(r.file(), texts.get(main)).append(r.text()).append('\n');
        }
        for (Enums.Block e : enumBlocks) {
            texts.getOrDefault(e.file(), texts.get(main)).append(e.text()).append('\n');
        }
        List<SourceFile> unformatted = new ArrayList<>();
        texts.forEach((name, sb) -> unformatted.add(new SourceFile(name, sb.toString())));
        List<SourceFile> formatted = Formatter.format(unformatted);
        return new PullResult(formatted, ctx.warnings, rendered.size(), enumBlocks.size(), views.size());
    }

    /**
     * Tables in byte order of their names, as Prisma's describers list them (its relation names
     * depend on it), and indexes in name order (MySQL's catalog sorts them ignoring case).
     */
    private static SqlSchema inCatalogOrder(SqlSchema schema, DatabaseKind kind) {
        List<Table> tables = new ArrayList<>();
        Comparator<String> indexOrder = kind == DatabaseKind.MYSQL
                ? Comparator.comparing((String n) -> n.toLowerCase(java.util.Locale.ROOT), TableGraph::compareBytes)
                        .thenComparing(TableGraph::compareBytes)
                : TableGraph::compareBytes;
        for (Table t : schema.tables()) {
            List<dev.shale.sql.Index> indexes = new ArrayList<>(t.indexes());
            indexes.sort(Comparator.comparing(dev.shale.sql.Index::name, indexOrder));
            tables.add(t.withIndexes(indexes));
        }
        tables.sort(Comparator.comparing((Table t) -> t.namespace() == null ? "" : t.namespace(), TableGraph::compareBytes)
                .thenComparing(Table::name, TableGraph::compareBytes));
        return schema.withTables(tables);
    }
}
