package dev.shale.plan;

import dev.shale.datamodel.Datamodel;
import dev.shale.db.DatabaseKind;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.lint.data.DataAccess;
import dev.shale.migrate.MigrationsDirectory;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.SqlSchemaCalculator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One golden case of the planner: {@code before.prisma} and {@code after.prisma} in,
 * {@code case.properties} for the plan's name and fill values ({@code backfill.1=User.slug=lower("email")}),
 * {@code expected/} out (the folders the plan writes). For the database tests, {@code seed.sql}
 * (rows inserted at the "before" state), {@code checks.sql} (queries that must each return true
 * after the plan), and {@code manual/<phase>.sql} (a manual step run before that phase is deployed).
 */
record PlanCase(Path dir, String name, DatabaseKind kind, Datamodel before, Datamodel after, List<String> backfills,
        int batchSize) {
    static final Path ROOT = Path.of("src/test/resources/plan/golden");
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final String INIT = "20250101000000_init";

    static List<PlanCase> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(PlanCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanCase load(Path dir) {
        try {
            Properties p = new Properties();
            Path props = dir.resolve("case.properties");
            if (Files.exists(props)) {
                try (InputStream in = Files.newInputStream(props)) {
                    p.load(in);
                }
            }
            List<String> backfills = new ArrayList<>();
            for (int i = 1; p.containsKey("backfill." + i); i++) {
                backfills.add(p.getProperty("backfill." + i));
            }
            Datamodel before = datamodel(dir.resolve("before.prisma"));
            Datamodel after = datamodel(dir.resolve("after.prisma"));
            DatabaseKind kind = switch (after.provider()) {
                case POSTGRESQL -> DatabaseKind.POSTGRESQL;
                case MYSQL -> DatabaseKind.MYSQL;
                case SQLITE -> DatabaseKind.SQLITE;
                default -> throw new IllegalArgumentException(after.provider().toString());
            };
            return new PlanCase(dir, p.getProperty("name", "change"), kind, before, after, backfills,
                    Integer.parseInt(p.getProperty("batchSize", String.valueOf(PlanOptions.DEFAULT_BATCH_SIZE))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Datamodel datamodel(Path file) throws IOException {
        ValidationResult r = Psl.validate(List.of(new SourceFile(file.getFileName().toString(), Files.readString(file))));
        return r.datamodel().orElseThrow(() -> new IllegalArgumentException(file + ": " + r.diagnostics()));
    }

    Dialect dialect() {
        return Dialect.forKind(kind);
    }

    String namespace() {
        return kind == DatabaseKind.POSTGRESQL ? "public" : null;
    }

    SqlSchema from() {
        return SqlSchemaCalculator.calculate(before, namespace()).schema();
    }

    CalculatedSchema to() {
        return SqlSchemaCalculator.calculate(after, namespace());
    }

    SafePlan plan(DataAccess data) {
        CalculatedSchema to = to();
        PlanOptions options = PlanOptions.defaults().withBatchSize(batchSize)
                .withBackfills(BackfillValues.resolve(Optional.of(after), kind, backfills));
        return Planner.plan(name, new PlanInput(from(), to.schema(), dialect(), new DiffOptions(to.virtualDefaultColumns()),
                data, options));
    }

    /** A migrations folder holding the "before" state as its first migration. */
    MigrationsDirectory initFolder(Path root) throws IOException {
        MigrationsDirectory dir = new MigrationsDirectory(root.resolve("migrations"));
        String init = dialect().render(Differ.diff(SqlSchema.empty(), from(), dialect().capabilities()));
        Path initDir = dir.path().resolve(INIT);
        Files.createDirectories(initDir);
        Files.writeString(initDir.resolve("migration.sql"), init);
        return dir;
    }

    Optional<String> file(String name) throws IOException {
        Path f = dir.resolve(name);
        return Files.exists(f) ? Optional.of(Files.readString(f)) : Optional.empty();
    }
}
