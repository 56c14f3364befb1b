package dev.shale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.migrate.MigrationDeployer;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.MigrationStatusReader;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shale migrate status}: applied, pending, failed, edited and missing migrations, in Prisma's
 * words; exit code 1 when the database is not up to date, as {@code prisma migrate status}.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Compare the migrations folder with the database's history: pending, failed, edited and missing "
                + "migrations. Exit code 1 when the database is not up to date.")
public final class MigrateStatusCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project project = database.project();
        DatabaseChoice choice = database.database(project, spec.commandLine().getErr());
        MigrationStatus status = MigrationStatusReader.read(project.migrations(), choice.url());
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(project, choice, status)));
        } else {
            print(out, project, choice, status);
        }
        return status.upToDate() ? 0 : 1;
    }

    static String relative(Project project) {
        String rel = project.workingDirectory().relativize(project.migrations().path()).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    static String foundLine(int found, Project project) {
        return found == 0 ? "No migration found in " + relative(project)
                : found + " migration" + (found > 1 ? "s" : "") + " found in " + relative(project);
    }

    private static String plural(List<?> list, String one, String many) {
        return list.size() > 1 ? many : one;
    }

    private static void print(PrintWriter out, Project project, DatabaseChoice choice, MigrationStatus s) {
        out.println(DatabaseOptions.describe(project, choice.url()));
        out.println();
        out.println(foundLine(s.localCount(), project));
        if (!s.historyTableExists() && !s.unmanagedTables().isEmpty()) {
            out.println();
            out.println("The current database is not managed by Prisma Migrate (it has tables but no _prisma_migrations).");
            if (!s.pending().isEmpty()) {
                out.println();
                out.println("If you want to keep the current database structure and data and create new migrations, baseline this "
                        + "database with the migration \"" + s.pending().get(0) + "\":");
                out.println("shale migrate resolve --applied \"" + s.pending().get(0) + "\"");
            }
            out.println();
            out.println("Read more about how to baseline an existing production database:");
            out.println("https://pris.ly/d/migrate-baseline");
            return;
        }
        if (!s.missing().isEmpty()) {
            out.println();
            out.println(plural(s.missing(), "Following migration is", "Following migrations are")
                    + " recorded in the database but not found locally in " + relative(project) + ":");
            s.missing().forEach(out::println);
            if (!s.applied().isEmpty()) {
                out.println();
                out.println("The last common migration is: " + s.applied().get(s.applied().size() - 1));
            }
            out.println();
            out.println("Restore the missing folder (for example from version control), or, if this database is a development "
                    + "one, reset it.");
        }
        if (!s.pending().isEmpty()) {
            out.println();
            out.println(plural(s.pending(), "Following migration have", "Following migrations have") + " not yet been applied:");
            s.pending().forEach(out::println);
            out.println();
            out.println("To apply migrations in development run shale migrate dev.");
            out.println("To apply migrations in production run shale migrate deploy.");
        }
        if (!s.edited().isEmpty()) {
            out.println();
            out.println(plural(s.edited(), "Following migration was", "Following migrations were") + " modified after it was applied:");
            for (MigrationStatus.EditedMigration e : s.edited()) {
                out.println(e.name());
                out.println("  file checksum:     " + e.fileChecksum() + "  (" + e.file() + ")");
                out.println("  recorded checksum: " + e.databaseChecksum());
            }
            out.println();
            out.println("`shale migrate deploy` refuses to continue this history: restore the applied version of the file (for "
                    + "example with git) and put the change in a new migration.");
        }
        if (!s.failed().isEmpty()) {
            printFailed(out, s.failed());
        }
        if (s.upToDate()) {
            out.println();
            out.println("Database schema is up to date!");
        }
    }

    private static void printFailed(PrintWriter out, List<MigrationStatus.FailedMigration> failed) {
        out.println();
        out.println(plural(failed, "Following migration have", "Following migrations have") + " failed:");
        for (MigrationStatus.FailedMigration f : failed) {
            out.println(f.name() + " (started at " + MigrationDeployer.when(f.startedAt()) + ")");
            String logs = f.logs() == null ? "" : f.logs().strip();
            if (logs.startsWith("Shale is applying this migration outside a transaction")) {
                out.println("  It was interrupted before it finished (the deploy was killed or lost its connection).");
                out.println("  " + logs);
                out.println("  The statements it completed are in the database; the one it had started may be too. Check the "
                        + "database, then either undo what it did and mark it rolled back, or finish it by hand and mark it applied.");
            } else if (!logs.isEmpty()) {
                logs.lines().forEach(l -> out.println("  " + l));
            }
        }
        String name = failed.get(0).name();
        out.println();
        out.println("During development if the failed migration(s) have not been deployed to a production database you can then "
                + "fix the migration(s) and run shale migrate dev.");
        out.println();
        out.println("The failed migration(s) can be marked as rolled back or applied:");
        out.println();
        out.println("- If you rolled back the migration(s) manually:");
        out.println("shale migrate resolve --rolled-back \"" + name + "\"");
        out.println();
        out.println("- If you fixed the database manually (hotfix):");
        out.println("shale migrate resolve --applied \"" + name + "\"");
        out.println();
        out.println("Read more about how to resolve migration issues in a production database:");
        out.println("https://pris.ly/d/migrate-resolve");
    }

    private static ObjectNode toJson(Project project, DatabaseChoice choice, MigrationStatus s) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("database", choice.url().masked());
        n.put("databaseSource", choice.source().name().toLowerCase(java.util.Locale.ROOT));
        n.put("migrationsDirectory", relative(project));
        n.put("found", s.localCount());
        n.put("upToDate", s.upToDate());
        n.put("historyTableExists", s.historyTableExists());
        s.applied().forEach(n.putArray("applied")::add);
        s.pending().forEach(n.putArray("pending")::add);
        ArrayNode failed = n.putArray("failed");
        for (MigrationStatus.FailedMigration f : s.failed()) {
            ObjectNode o = failed.addObject();
            o.put("name", f.name());
            o.put("startedAt", f.startedAt() == null ? null : f.startedAt().toString());
            o.put("logs", f.logs());
        }
        ArrayNode edited = n.putArray("edited");
        for (MigrationStatus.EditedMigration e : s.edited()) {
            ObjectNode o = edited.addObject();
            o.put("name", e.name());
            o.put("file", e.file().toString());
            o.put("fileChecksum", e.fileChecksum());
            o.put("databaseChecksum", e.databaseChecksum());
        }
        s.missing().forEach(n.putArray("missing")::add);
        s.unmanagedTables().forEach(n.putArray("unmanagedTables")::add);
        return n;
    }
}
