package dev.shale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.diff.AddForeignKey;
import dev.shale.diff.AlterEnum;
import dev.shale.diff.AlterTable;
import dev.shale.diff.CreateEnum;
import dev.shale.diff.CreateIndex;
import dev.shale.diff.CreateNamespace;
import dev.shale.diff.CreateTable;
import dev.shale.diff.DropEnum;
import dev.shale.diff.DropForeignKey;
import dev.shale.diff.DropIndex;
import dev.shale.diff.DropTable;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineIndex;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.RenameForeignKey;
import dev.shale.diff.RenameIndex;
import dev.shale.schemadiff.DiffSource;
import dev.shale.schemadiff.SchemaDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shale migrate diff --from-X --to-Y}: the difference between two database states, as
 * Prisma's summary, as the SQL script ({@code --script}) or as JSON; read-only on every database.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two database states and print the difference: a summary, the SQL script that goes from one to "
                + "the other (--script), or JSON. Reads databases, never writes to them.",
            "Give exactly one --from-... and one --to-...; both must be of one provider."})
public final class MigrateDiffCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--from-empty", description = "Start from an empty database.")
    boolean fromEmpty;

    @Option(names = {"--from-schema", "--from-schema-datamodel"}, paramLabel = "PATH",
            description = "Start from the database a schema file (or folder of .prisma files) describes.")
    String fromSchema;

    @Option(names = "--from-migrations", paramLabel = "DIR",
            description = "Start from the state a migrations folder leads to (replayed on a shadow database).")
    Path fromMigrations;

    @Option(names = "--from-url", paramLabel = "URL", description = "Start from a live database (read only).")
    String fromUrl;

    @Option(names = "--to-empty", description = "End at an empty database.")
    boolean toEmpty;

    @Option(names = {"--to-schema", "--to-schema-datamodel"}, paramLabel = "PATH",
            description = "End at the database a schema file (or folder of .prisma files) describes.")
    String toSchema;

    @Option(names = "--to-migrations", paramLabel = "DIR",
            description = "End at the state a migrations folder leads to (replayed on a shadow database).")
    Path toMigrations;

    @Option(names = "--to-url", paramLabel = "URL", description = "End at a live database (read only).")
    String toUrl;

    @Option(names = "--script", description = "Print the SQL script instead of the summary.")
    boolean script;

    @Option(names = "--exit-code", description = "Exit 2 when there is a difference, 0 when there is none (1 on error).")
    boolean exitCode;

    @Option(names = "--json", description = "Print one JSON document: the provider, the steps, the summary and the script.")
    boolean json;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty scratch database to replay migrations on (default: a database in the embedded "
                    + "PostgreSQL, a temporary SQLite file; required for MySQL). It is emptied.")
    String shadowUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of the terminal.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try {
            return diff();
        } catch (ShaleException e) {
            // With --exit-code, 2 means "there is a difference": a usage error is then reported as 1, as Prisma does.
            if (exitCode && e.exitCode() == ExitCode.USAGE) {
                throw new ShaleException(ExitCode.PROBLEMS, e.getMessage(), e);
            }
            throw e;
        }
    }

    private int diff() {
        if (script && json) {
            throw ShaleException.usage("--script and --json exclude each other (the JSON document holds the script)");
        }
        DiffSource from = source("from", fromEmpty, fromSchema, fromMigrations, fromUrl);
        DiffSource to = source("to", toEmpty, toSchema, toMigrations, toUrl);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SchemaDiff.Result result = SchemaDiff.run(new SchemaDiff.Request(Path.of(""), from, to, Optional.ofNullable(shadowUrl)));
        if (result.replayed() > 0) {
            err.println("Replayed " + result.replayed() + " migration" + (result.replayed() == 1 ? "" : "s")
                    + " on a shadow database.");
        }
        if (result.cached() > 0) {
            err.println("Read the state of " + result.cached() + " migration" + (result.cached() == 1 ? "" : "s")
                    + " from the history cache (.shale/cache): nothing replayed.");
        }
        if (!result.unmodeled().isEmpty()) {
            err.println("note: left out of the diff, because Shale does not model them (they are kept as they are): "
                    + String.join(", ", result.unmodeled()));
        }
        String text = json ? json(result, from, to) + "\n" : script ? result.script() : result.summary();
        if (output != null) {
            write(output, text);
        } else {
            // Prisma prints the text with console.log: one more line break.
            out.print(text);
            out.println();
            out.flush();
        }
        return exitCode && !result.isEmpty() ? 2 : ExitCode.OK.code();
    }

    private static DiffSource source(String side, boolean empty, String schema, Path migrations, String url) {
        List<DiffSource> given = new ArrayList<>();
        if (empty) {
            given.add(new DiffSource.Empty());
        }
        if (schema != null) {
            given.add(new DiffSource.Schema(schema));
        }
        if (migrations != null) {
            given.add(new DiffSource.Migrations(migrations));
        }
        if (url != null) {
            given.add(new DiffSource.Url(url));
        }
        if (given.size() != 1) {
            String options = "--" + side + "-empty, --" + side + "-schema PATH, --" + side + "-migrations DIR or --" + side
                    + "-url URL";
            throw ShaleException.usage(given.isEmpty()
                    ? "no --" + side + "-... given: give exactly one of " + options
                    : given.size() + " --" + side + "-... given (" + String.join(", ", given.stream().map(g -> g.describe(side))
                            .map(d -> d.startsWith("--" + side + "-url") ? "--" + side + "-url" : d).toList())
                            + "): give exactly one of " + options);
        }
        return given.get(0);
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ShaleException.problems("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String json(SchemaDiff.Result r, DiffSource from, DiffSource to) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("provider", r.kind().prismaProvider());
        root.put("from", from.describe("from"));
        root.put("to", to.describe("to"));
        root.put("different", !r.isEmpty());
        ArrayNode steps = root.putArray("steps");
        for (MigrationStep step : r.steps()) {
            ObjectNode node = steps.addObject();
            node.put("step", step.getClass().getSimpleName());
            String target = target(step);
            if (target != null) {
                node.put("object", target);
            }
        }
        root.put("summary", r.summary());
        root.put("script", r.script());
        ArrayNode unmodeled = root.putArray("notModeled");
        r.unmodeled().forEach(unmodeled::add);
        root.put("replayedMigrations", r.replayed());
        root.put("cachedMigrations", r.cached());
        return root.toPrettyString();
    }

    /** The table, enum or schema a step is about. */
    private static String target(MigrationStep step) {
        if (step instanceof CreateNamespace s) {
            return s.name();
        } else if (step instanceof CreateTable s) {
            return s.table().name();
        } else if (step instanceof DropTable s) {
            return s.table().name();
        } else if (step instanceof AlterTable s) {
            return s.to().name();
        } else if (step instanceof CreateEnum s) {
            return s.type().name();
        } else if (step instanceof DropEnum s) {
            return s.type().name();
        } else if (step instanceof AlterEnum s) {
            return s.from().name();
        } else if (step instanceof CreateIndex s) {
            return s.table().name() + "." + s.index().name();
        } else if (step instanceof DropIndex s) {
            return s.table().name() + "." + s.index().name();
        } else if (step instanceof RenameIndex s) {
            return s.table().name() + "." + s.to().name();
        } else if (step instanceof RedefineIndex s) {
            return s.toTable().name() + "." + s.to().name();
        } else if (step instanceof AddForeignKey s) {
            return s.table().name() + "." + s.foreignKey().name();
        } else if (step instanceof DropForeignKey s) {
            return s.table().name() + "." + s.foreignKey().name();
        } else if (step instanceof RenameForeignKey s) {
            return s.table().name() + "." + s.to().name();
        } else if (step instanceof RedefineTables s) {
            return String.join(", ", s.tables().stream().map(t -> t.to().name()).toList());
        }
        return null;
    }
}
