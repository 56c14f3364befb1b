import dev.shale.datamodel.Datamodel;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.diff.Differ;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.ForeignKey;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a Prisma Migrate history that builds a schema in N migrations, for the lint benchmark: the
 * schema (PostgreSQL) is calculated, its tables split into N consecutive groups, and migration j is the
 * differ's script from the state of groups 1..j-1 to that of groups 1..j (foreign keys appear once both
 * tables exist). The history therefore ends exactly at the schema; deterministic for a given schema.
 *
 * <pre>java -cp shale-cli/target/shale.jar bench/GenLintHistory.java SCHEMA.prisma N OUTDIR</pre>
 */
public final class GenLintHistory {
    public static void main(String[] args) throws Exception {
        Path schemaFile = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        ValidationResult v = Psl.validate(List.of(new SourceFile(schemaFile.getFileName().toString(), Files.readString(schemaFile))));
        Datamodel datamodel = v.datamodel().orElseThrow(() -> new IllegalArgumentException("invalid schema " + schemaFile));
        SqlSchema full = dev.shale.sql.calc.SqlSchemaCalculator.calculate(datamodel, "public").schema();
        PostgresDialect dialect = new PostgresDialect("public");
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path migrations = out.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        List<Table> tables = full.tables();
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0, 0);
        SqlSchema previous = SqlSchema.empty();
        for (int j = 1; j <= n; j++) {
            int upTo = (int) ((long) tables.size() * j / n);
            Set<String> present = new HashSet<>();
            tables.subList(0, upTo).forEach(t -> present.add(t.name()));
            List<Table> state = new ArrayList<>();
            for (Table t : tables.subList(0, upTo)) {
                List<ForeignKey> fks = t.foreignKeys().stream().filter(fk -> present.contains(fk.referencedTable())).toList();
                state.add(t.withForeignKeys(fks));
            }
            SqlSchema current = new SqlSchema(full.namespaces(), state, full.enums(), List.of(), List.of(), List.of(), List.of());
            String sql = dialect.renderScript(Differ.diff(previous, current, dialect.capabilities()));
            int from = (int) ((long) tables.size() * (j - 1) / n);
            String name = base.plusMinutes(j).format(ts) + "_create_" + tables.get(from).name().toLowerCase() + "_to_"
                    + tables.get(upTo - 1).name().toLowerCase();
            Path folder = migrations.resolve(name);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("migration.sql"), sql);
            previous = current;
        }
    }
}
