package dev.shale.plan;

import dev.shale.ShaleException;
import dev.shale.migrate.Migration;
import dev.shale.migrate.MigrationsDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a plan into a migrations folder in Prisma's layout: one folder per migration,
 * {@code <UTC timestamp>_<name>_<phase>}, the timestamps one second apart after the newest migration
 * already there, each with {@code migration.sql}, {@code README.md} and, for a backfill,
 * {@code backfill.sql}. Existing migrations are never touched; if writing fails half-way, the folders
 * written so far are removed again.
 */
public final class PlanWriter {
    /** Replaced by the folder's own name in READMEs and {@code backfill.sql}. */
    static final String THIS_FOLDER = "<this folder>";

    private PlanWriter() {}

    /** Writes the plan and returns the folders it created, in deploy order. */
    public static List<Path> write(MigrationsDirectory directory, SafePlan plan, Instant now, String provider) {
        if (!plan.missing().isEmpty()) {
            throw ShaleException.usage(missingMessage(plan));
        }
        List<Migration> created = new ArrayList<>();
        try {
            for (PlannedMigration m : plan.migrations()) {
                created.add(directory.create(m.folderSuffix(plan.name()), m.sql(), now, provider));
            }
            List<String> folders = created.stream().map(Migration::name).toList();
            List<String> titles = plan.migrations().stream().map(m -> m.readme().title()).toList();
            for (int i = 0; i < created.size(); i++) {
                PlannedMigration m = plan.migrations().get(i);
                Path dir = created.get(i).directory();
                String folder = folders.get(i);
                String readme = m.readme().render(plan.name(), folders, titles, i).replace(THIS_FOLDER, folder);
                Files.writeString(dir.resolve("README.md"), readme, StandardCharsets.UTF_8);
                if (m.backfillSql().isPresent()) {
                    Files.writeString(dir.resolve("backfill.sql"), m.backfillSql().get().replace(THIS_FOLDER, folder),
                            StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | RuntimeException e) {
            created.forEach(m -> deleteQuietly(m.directory()));
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the plan into " + directory.path(), io);
            }
            throw (RuntimeException) e;
        }
        return created.stream().map(Migration::directory).toList();
    }

    /** The error for values the plan needs and nobody gave: one {@code --backfill} example per column. */
    public static String missingMessage(SafePlan plan) {
        StringBuilder sb = new StringBuilder("the plan needs a value for ");
        sb.append(plan.missing().size() == 1 ? "this column" : "these columns")
                .append(" (a SQL expression over the row's other columns; nothing was written):");
        for (SafePlan.MissingValue m : plan.missing()) {
            sb.append("\n  ").append(m.key()).append(" (").append(m.type()).append("): ").append(m.why());
            if (!m.hint().isEmpty()) {
                sb.append("\n    ").append(m.hint());
            }
        }
        sb.append("\ngive each with --backfill, e.g. --backfill '").append(plan.missing().get(0).key())
                .append("=<expression>' (a constant such as 'none', or an expression such as lower(\"email\"))");
        return sb.toString();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is reported by the error that led here
        }
    }
}
