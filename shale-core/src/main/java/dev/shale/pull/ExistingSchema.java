package dev.shale.pull;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.Datasource;
import dev.shale.datamodel.RelationMode;
import dev.shale.db.DatabaseKind;
import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.ast.Block;
import dev.shale.psl.ast.DatasourceBlock;
import dev.shale.psl.ast.GeneratorBlock;
import dev.shale.psl.diag.DiagnosticRenderer;
import dev.shale.psl.validate.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema {@code db pull} writes into: its files (the datasource and generator blocks are kept
 * as written) and, unless {@code --force} ignores it, its datamodel, whose names re-introspection
 * keeps. A new project has none: the result is one file with a datasource block for the database.
 */
public final class ExistingSchema {
    private final List<SourceFile> files;
    private final ParsedSchema parsed;
    private final Datamodel datamodel;
    private final String datasourceName;
    private final String providerAsWritten;
    private final boolean foreignKeys;
    private final boolean views;

    private ExistingSchema(List<SourceFile> files, ParsedSchema parsed, Datamodel datamodel, String datasourceName,
            String providerAsWritten, boolean foreignKeys, boolean views) {
        this.files = List.copyOf(files);
        this.parsed = parsed;
        this.datamodel = datamodel;
        this.datasourceName = datasourceName;
        this.providerAsWritten = providerAsWritten;
        this.foreignKeys = foreignKeys;
        this.views = views;
    }

    /** No schema yet: a new {@code schema.prisma} with {@code datasource db} for this database. */
    public static ExistingSchema none(DatabaseKind kind) {
        String text = "datasource db {\n  provider = \"" + kind.prismaProvider() + "\"\n}\n";
        SourceFile file = new SourceFile("schema.prisma", text);
        return new ExistingSchema(List.of(file), Psl.parse(file), null, "db", kind.prismaProvider(), true, false);
    }

    /**
     * Reads an existing schema. It must be valid, as for Prisma, unless {@code force}: then only its
     * datasource and generator blocks are used.
     */
    public static ExistingSchema of(List<SourceFile> files, boolean force) {
        ParsedSchema parsed = Psl.parse(files);
        ValidationResult result = Psl.validate(files);
        if (result.hasErrors() && !force) {
            String rendered = new DiagnosticRenderer(false).render(result.diagnostics(), files);
            throw new ShaleException(ExitCode.PROBLEMS, "the existing schema is not valid, so db pull cannot keep its names:\n"
                    + rendered.stripTrailing() + "\nFix it (shale validate shows the same), or run db pull --force to ignore "
                    + "the existing models and overwrite them: their names, comments and attributes will be lost.");
        }
        Optional<DatasourceBlock> ds = parsed.files().stream().flatMap(f -> f.ast().datasources().stream()).findFirst();
        if (ds.isEmpty()) {
            throw ShaleException.usage("the schema has no datasource block; db pull needs one to know the database "
                    + "(e.g. datasource db { provider = \"postgresql\" }).");
        }
        Optional<Datamodel> dm = result.datamodel();
        if (dm.flatMap(Datamodel::datasource).map(d -> !d.schemas().isEmpty()).orElse(false)) {
            throw ShaleException.usage("the datasource lists several schemas (schemas = [...]); Shale's db pull reads one "
                    + "schema (the URL's ?schema=, default public) and would drop the models of the others, so it stops here.");
        }
        String provider = ds.get().property("provider").flatMap(p -> p.value())
                .filter(v -> v instanceof dev.shale.psl.ast.StringLiteral).map(v -> ((dev.shale.psl.ast.StringLiteral) v).value())
                .orElse("");
        boolean foreignKeys = dm.flatMap(Datamodel::datasource).map(Datasource::relationMode)
                .map(RelationMode::usesForeignKeys).orElse(true);
        boolean views = dm.map(d -> d.hasPreviewFeature("views")).orElse(false);
        return new ExistingSchema(files, parsed, force ? null : dm.orElse(null), ds.get().name().name(), provider,
                foreignKeys, views);
    }

    public List<SourceFile> files() {
        return files;
    }

    Optional<Datamodel> datamodel() {
        return Optional.ofNullable(datamodel);
    }

    String datasourceName() {
        return datasourceName;
    }

    /** The provider as the datasource writes it ({@code postgresql}, {@code postgres}, {@code sqlite}, {@code mysql}). */
    public String provider() {
        return providerAsWritten;
    }

    boolean foreignKeys() {
        return foreignKeys;
    }

    boolean viewsEnabled() {
        return views;
    }

    /** The file holding the datasource block: new models and enums go there. */
    String datasourceFile() {
        for (ParsedFile f : parsed.files()) {
            if (!f.ast().datasources().isEmpty()) {
                return f.source().name();
            }
        }
        return files.get(0).name();
    }

    /** The configuration blocks of one file as written (generators first, then datasources, as Prisma orders them). */
    List<String> configBlocks(String file) {
        List<String> out = new ArrayList<>();
        for (ParsedFile f : parsed.files()) {
            if (!f.source().name().equals(file)) {
                continue;
            }
            for (GeneratorBlock g : f.ast().generators()) {
                out.add(blockText(f, g));
            }
            for (DatasourceBlock d : f.ast().datasources()) {
                out.add(blockText(f, d));
            }
        }
        return out;
    }

    /** The block's text with the documentation comments right above it. */
    private static String blockText(ParsedFile f, Block b) {
        String text = f.source().text();
        int start = b.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        while (lineStart > 0) {
            int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            String line = text.substring(prevStart, lineStart - 1).strip();
            if (!line.startsWith("///")) {
                break;
            }
            lineStart = prevStart;
        }
        return text.substring(lineStart, b.span().end()) + "\n";
    }
}
