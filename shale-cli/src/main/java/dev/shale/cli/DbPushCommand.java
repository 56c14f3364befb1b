package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.develop.DataLossCheck;
import dev.shale.develop.DatabaseReset;
import dev.shale.develop.SchemaPush;
import dev.shale.project.DatabaseChoice;
import dev.shale.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shale db push}: moves the database to the schema without a migration, as {@code prisma db push}
 * does; changes that lose data run only with {@code --accept-data-loss}.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Apply the schema to the database directly, without writing a migration or touching the migration "
                + "history (for prototyping).",
            "Changes that lose data (tables or columns that still hold values) need --accept-data-loss; changes that cannot "
                + "run on the data need --force-reset."})
public final class DbPushCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Option(names = "--accept-data-loss", description = "Apply changes that drop tables or columns holding data.")
    boolean acceptDataLoss;

    @Option(names = "--force-reset", description = "Empty the database first (ALL DATA IS LOST), then push.")
    boolean forceReset;

    @Option(names = "--skip-generate", hidden = true, description = "Accepted for Prisma compatibility.")
    boolean ignored;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Project project = database.project();
        DatabaseChoice choice = database.database(project, err);
        out.println(DatabaseOptions.describe(project, choice.url()));
        out.println();
        out.flush();
        SchemaPush.Result result = SchemaPush.run(new SchemaPush.Request(project.workingDirectory(), database.schema,
                choice.url(), acceptDataLoss, forceReset));
        if (result.reset()) {
            out.println("The database was reset: " + DatabaseReset.describe(choice.url()) + " was emptied.");
            out.println();
        }
        if (result.inSync()) {
            out.println("The database is already in sync with the schema.");
            return 0;
        }
        if (!result.applied()) {
            boolean unexecutable = result.dataLoss().stream().anyMatch(DataLossCheck.DataLoss::unexecutable);
            if (unexecutable) {
                err.println("error: changes that cannot run on the data in the database:");
                err.println();
                result.dataLoss().stream().filter(DataLossCheck.DataLoss::unexecutable).forEach(l -> err.println("  • " + l.message()));
                err.println();
                err.println("Nothing was changed. Fill the data first, or drop it: shale db push --force-reset (ALL DATA IS LOST).");
            } else {
                err.println("error: the changes would lose data:");
                err.println();
                result.dataLoss().forEach(l -> err.println("  • " + l.message()));
                err.println();
                err.println("Nothing was changed. To apply them anyway: shale db push --accept-data-loss");
            }
            return ExitCode.PROBLEMS.code();
        }
        if (!result.dataLoss().isEmpty()) {
            out.println("Data lost (accepted with --accept-data-loss):");
            result.dataLoss().forEach(l -> out.println("  • " + l.message()));
            out.println();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println("Your database is now in sync with your schema. Done in " + ms + "ms");
        return 0;
    }
}
