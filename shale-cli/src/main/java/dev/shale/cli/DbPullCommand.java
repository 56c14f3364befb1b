package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import dev.shale.psl.SchemaLoader;
import dev.shale.psl.SourceFile;
import dev.shale.pull.ExistingSchema;
import dev.shale.pull.LineComments;
import dev.shale.pull.LivePull;
import dev.shale.pull.PullResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shale db pull}: introspects the database into the schema, as {@code prisma db pull} does,
 * keeping the datasource and generator blocks, comments and (without {@code --force}) the names the
 * existing schema gives tables, columns and relations.
 */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Introspect the database and write its tables, views and enums into the schema as models, "
                + "as prisma db pull does.",
                "Without --force the existing schema's names (@map, @@map, relation fields), order and comments are kept."})
public final class DbPullCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "The schema file or folder (default: prisma/schema.prisma, then schema.prisma); written when it "
                    + "does not exist yet (with --url).")
    String schema;

    @Option(names = "--url", paramLabel = "URL",
            description = "The database URL (default: DATABASE_URL, then the datasource url of the schema; with provider "
                    + "postgresql and no URL, the embedded development database).")
    String url;

    @Option(names = "--print", description = "Print the schema instead of writing it.")
    boolean print;

    @Option(names = "--force", description = "Ignore the existing models and enums (their names, comments and attributes "
            + "are lost); the datasource and generator blocks are kept.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Path cwd = Path.of("").toAbsolutePath();
        boolean exists = schemaExists(cwd);
        ExistingSchema existing;
        DatabaseUrl databaseUrl;
        Path target;
        String describe;
        if (exists) {
            Project project = Project.locate(cwd, schema);
            DatabaseChoice choice = project.database(url, System.getenv(), true);
            if (choice.isDevDatabase()) {
                err.println("Using the embedded development database " + choice.url().masked()
                        + " (no --url, DATABASE_URL or datasource url).");
            }
            databaseUrl = choice.url();
            List<SourceFile> files = new SchemaLoader(cwd).load(schema);
            existing = ExistingSchema.of(files, force);
            target = project.schemaLocation().orElseThrow();
            describe = DatabaseOptions.describe(project, databaseUrl);
        } else {
            String given = url != null && !url.isBlank() ? url : System.getenv("DATABASE_URL");
            if (given == null || given.isBlank()) {
                throw ShaleException.usage("no schema and no database URL: pass --url (or set DATABASE_URL) to "
                        + "introspect into a new schema, or --schema to point at an existing one.");
            }
            databaseUrl = DatabaseUrl.parse(given).resolveAgainst(cwd);
            existing = ExistingSchema.none(databaseUrl.kind());
            target = cwd.resolve(schema != null && !schema.isBlank() ? schema : "prisma/schema.prisma");
            describe = "Datasource \"db\": " + DatabaseOptions.kindName(databaseUrl.kind()) + " database at \""
                    + databaseUrl.location() + "\"";
        }
        if (!print) {
            out.println(describe);
            out.println();
            out.flush();
        }
        LivePull.Outcome outcome = LivePull.pull(databaseUrl, existing);
        PullResult result = outcome.result();
        LineComments.Kept kept = force || !exists ? LineComments.none(result.files())
                : LineComments.keep(existing.files(), result.files());
        if (print) {
            for (SourceFile f : kept.files()) {
                if (kept.files().size() > 1) {
                    out.println("// " + f.name());
                }
                // Prisma's --print ends the schema with two blank lines.
                out.print(f.text());
                out.println();
                out.println();
            }
            out.flush();
            if (!result.warnings().isEmpty()) {
                err.println();
                err.println();
                err.print(result.warnings().renderAsComment());
            }
            reportExtras(err, outcome, kept);
            return 0;
        }
        write(target, kept.files(), exists);
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println("Introspected " + counted(result) + " into " + shown(cwd, target) + " in " + ms + "ms");
        if (!result.warnings().isEmpty()) {
            out.println();
            out.print(result.warnings().render());
        }
        out.flush();
        reportExtras(err, outcome, kept);
        return 0;
    }

    private boolean schemaExists(Path cwd) {
        if (schema != null && !schema.isBlank()) {
            return Files.exists(cwd.resolve(schema));
        }
        return SchemaLoader.DEFAULT_LOCATIONS.stream().anyMatch(p -> Files.isRegularFile(cwd.resolve(p)));
    }

    /** {@code 3 models and wrote them}, {@code 1 model and wrote it}: Prisma counts models only. */
    private static String counted(PullResult r) {
        return r.models() == 1 ? "1 model and wrote it" : r.models() + " models and wrote them";
    }

    private static String shown(Path cwd, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** Writes each file where it was read from; a new schema goes to {@code target}. */
    private static void write(Path target, List<SourceFile> files, boolean exists) {
        try {
            if (!exists || files.size() == 1 && !Files.isDirectory(target)) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.writeString(target, files.get(0).text(), StandardCharsets.UTF_8);
                return;
            }
            Path cwd = Path.of("").toAbsolutePath();
            for (SourceFile f : files) {
                Files.writeString(cwd.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ShaleException(ExitCode.PROBLEMS, "cannot write the schema " + target + ": "
                    + e.getMessage(), new UncheckedIOException(e));
        }
    }

    /** What Prisma does not say: database objects the schema cannot show, and comments that lost their place. */
    private static void reportExtras(PrintWriter err, LivePull.Outcome outcome, LineComments.Kept kept) {
        if (!outcome.notRepresented().isEmpty()) {
            err.println();
            err.println("Not represented in the schema (kept in the database, never dropped by Shale):");
            outcome.notRepresented().forEach(o -> err.println("  - " + o));
        }
        if (!kept.dropped().isEmpty()) {
            err.println();
            err.println("These comments of the previous schema were on models or fields that are gone, and were not kept:");
            for (Map.Entry<String, String> e : kept.dropped().entrySet()) {
                err.println("  " + e.getKey() + ": " + e.getValue());
            }
        }
        err.flush();
    }
}
