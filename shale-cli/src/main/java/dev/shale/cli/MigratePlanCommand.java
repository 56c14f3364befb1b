package dev.shale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.lint.Finding;
import dev.shale.plan.Change;
import dev.shale.plan.PlannedMigration;
import dev.shale.plan.ProjectPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shale migrate plan --name N}: writes the pending change as the safe sequence of migrations
 * (expand, backfill, indexes, keys, switch, contract), each with a README, beside the existing ones.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write the change between the migrations and the schema as a safe sequence of migrations, each with "
                + "a README.md runbook: expand, batched backfill, lock-free indexes and keys, switch, contract.",
            "Sized with the data of --url (read-only); without it every table is planned as large."})
public final class MigratePlanCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The plan's name; each folder is <timestamp>_<name>_<phase>.")
    String name;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "The schema file or folder (default: prisma/schema.prisma, then schema.prisma).")
    String schema;

    @Option(names = "--migrations", paramLabel = "DIR", description = "The migrations folder (default: migrations/ beside the schema).")
    Path migrations;

    @Option(names = "--url", paramLabel = "URL",
            description = "A database to size the plan with (row counts, NULLs, duplicates); only read, with bounded queries.")
    String url;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty scratch database to replay the migrations on (default: the embedded PostgreSQL, a "
                    + "temporary SQLite file; required for MySQL). It is emptied.")
    String shadowUrl;

    @Option(names = "--large-table-rows", paramLabel = "ROWS",
            description = "From this many rows a table is large (default: the lint configuration's, 100000).")
    Long largeTableRows;

    @Option(names = "--batch-size", paramLabel = "ROWS", description = "Rows per backfill batch (default: 10000).")
    Integer batchSize;

    @Option(names = "--backfill", paramLabel = "MODEL.FIELD=SQL",
            description = "The value to fill a column with, as SQL over the row's columns, e.g. 'User.slug=lower(\"email\")'. "
                    + "Repeatable.")
    List<String> backfills = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (largeTableRows != null && largeTableRows < 0) {
            throw ShaleException.usage("--large-table-rows must not be negative");
        }
        if (batchSize != null && batchSize <= 0) {
            throw ShaleException.usage("--batch-size must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPlan.Request request = new ProjectPlan.Request(Path.of(""), schema, Optional.ofNullable(migrations),
                Optional.ofNullable(url).map(DatabaseUrl::parse), Optional.ofNullable(shadowUrl).map(DatabaseUrl::parse), name,
                largeTableRows == null ? OptionalLong.empty() : OptionalLong.of(largeTableRows),
                batchSize == null ? OptionalInt.empty() : OptionalInt.of(batchSize), backfills, Instant.now());
        ProjectPlan.Result result = ProjectPlan.run(request);
        if (json) {
            out.println(json(result));
        } else {
            text(result, out, err);
        }
        out.flush();
        return result.findings().stream().anyMatch(f -> f.severity() == dev.shale.lint.Severity.ERROR)
                ? ExitCode.PROBLEMS.code() : ExitCode.OK.code();
    }

    private static void text(ProjectPlan.Result r, PrintWriter out, PrintWriter err) throws Exception {
        String where = relative(r.directory().path());
        if (r.replayed() > 0) {
            err.println("Replayed " + r.replayed() + " migration" + (r.replayed() == 1 ? "" : "s") + " of " + where
                    + " on a shadow database to find their schema.");
        }
        if (r.cached() > 0) {
            err.println("Read the schema of " + r.cached() + " migration" + (r.cached() == 1 ? "" : "s") + " of " + where
                    + " from the history cache (.shale/cache): nothing replayed.");
        }
        if (r.folders().isEmpty()) {
            out.println("The migrations and the schema are in sync: nothing to plan.");
            return;
        }
        if (r.plan().onlySafeChanges()) {
            out.println("No unsafe change: the change is one ordinary migration.");
        } else {
            out.println("Unsafe changes, taken apart:");
            for (Change c : r.plan().changes()) {
                out.println("  - " + c.summary());
            }
        }
        out.println();
        out.println(r.dataSource().map(s -> "Sized with the data of " + s + ".")
                .orElse("Sizes not checked (no --url): every table is planned as large."));
        out.println();
        out.println("Wrote " + r.folders().size() + " migration" + (r.folders().size() == 1 ? "" : "s") + " to " + where
                + "/, to deploy one at a time, in this order:");
        for (int i = 0; i < r.folders().size(); i++) {
            PlannedMigration m = r.plan().migrations().get(i);
            Path folder = r.folders().get(i);
            List<String> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            out.println("  " + (i + 1) + ". " + folder.getFileName() + "/  (" + String.join(", ", files) + ")");
            out.println("     " + m.readme().title());
        }
        out.println();
        out.println("Each README.md says what the migration does, when to deploy it, how to verify it and how to roll it back.");
        for (String note : r.plan().notes()) {
            out.println("note: " + note);
        }
        if (!r.findings().isEmpty()) {
            err.println("shale lint reports on the new migrations:");
            for (Finding f : r.findings()) {
                err.println("  " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " " + f.code() + " "
                        + f.message());
            }
        }
    }

    private static String json(ProjectPlan.Result r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", r.plan().name());
        root.put("migrationsDirectory", r.directory().path().toString());
        root.put("replayed", r.replayed());
        root.put("cached", r.cached());
        root.put("sizedWith", r.dataSource().orElse(null));
        ArrayNode changes = root.putArray("unsafeChanges");
        r.plan().changes().forEach(c -> changes.add(c.summary()));
        ArrayNode migrations = root.putArray("migrations");
        for (int i = 0; i < r.folders().size(); i++) {
            PlannedMigration m = r.plan().migrations().get(i);
            ObjectNode node = migrations.addObject();
            node.put("folder", r.folders().get(i).getFileName().toString());
            node.put("phase", m.phase().isEmpty() ? "ordinary" : m.phase());
            node.put("title", m.readme().title());
            node.put("backfill", m.backfillSql().isPresent());
        }
        ArrayNode notes = root.putArray("notes");
        r.plan().notes().forEach(notes::add);
        ArrayNode findings = root.putArray("lintFindings");
        for (Finding f : r.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code());
            node.put("severity", f.severity().label());
            node.put("file", f.file());
            node.put("line", f.line());
            node.put("message", f.message());
        }
        return root.toString();
    }

    private static String relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
