package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.migrations.MigrationSource;
import dev.shale.lint.sql.SqlScript;
import dev.shale.lint.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agreement with squawk on the corpus in {@code lint/corpus}: every statement squawk flags under a
 * rule that overlaps one of Shale's must be flagged by Shale with a matching code, except the
 * documented deliberate differences. squawk's output is stored ({@code squawk-golden.tsv}, made by
 * {@code bench/squawk/regenerate.sh}), so this test needs no Node. The agreement table in
 * docs/benchmarks.md is checked against the computed one ({@code -Dshale.golden.update=true} rewrites it).
 */
class SquawkAgreementTest {
    static final Path CORPUS = Path.of("src/test/resources/lint/corpus");
    static final Path BENCHMARKS = Path.of("../docs/benchmarks.md");
    static final String BEGIN = "<!-- squawk-agreement:begin -->";
    static final String END = "<!-- squawk-agreement:end -->";

    /** squawk rule to the Shale codes that cover it; timeouts are compared per file. */
    static final Map<String, Set<String>> PAIRS = new LinkedHashMap<>();

    static {
        PAIRS.put("require-concurrent-index-creation", Set.of("SH301"));
        PAIRS.put("disallowed-unique-constraint", Set.of("SH301"));
        PAIRS.put("adding-serial-primary-key-field", Set.of("SH301"));
        PAIRS.put("adding-foreign-key-constraint", Set.of("SH302"));
        PAIRS.put("constraint-missing-not-valid", Set.of("SH301", "SH302", "SH303"));
        PAIRS.put("adding-not-nullable-field", Set.of("SH304"));
        PAIRS.put("adding-field-with-default", Set.of("SH305"));
        PAIRS.put("changing-column-type", Set.of("SH306"));
        PAIRS.put("adding-required-field", Set.of("SH201"));
        PAIRS.put("ban-drop-column", Set.of("SH202"));
        PAIRS.put("ban-drop-table", Set.of("SH203"));
        PAIRS.put("ban-concurrent-index-creation-in-transaction", Set.of("SH308"));
        PAIRS.put("require-lock-timeout", Set.of("SH307"));
        PAIRS.put("require-statement-timeout", Set.of("SH307"));
    }

    static final Set<String> PER_FILE = Set.of("require-lock-timeout", "require-statement-timeout");

    /** Statements (file:line rule) squawk flags and Shale deliberately does not, with the reason. */
    static final Map<String, String> DELIBERATE = new TreeMap<>(Map.of(
            "05_tables.sql:7 require-concurrent-index-creation", "index on a table created earlier in the same migration",
            "05_tables.sql:9 require-concurrent-index-creation", "index on a table created earlier in the same migration",
            "05_tables.sql:10 adding-foreign-key-constraint", "foreign key on a table created earlier in the same migration",
            "05_tables.sql:10 constraint-missing-not-valid", "foreign key on a table created earlier in the same migration",
            "05_tables.sql:17 constraint-missing-not-valid", "primary key on a table created earlier in the same migration",
            "05_tables.sql:17 adding-serial-primary-key-field", "primary key on a table created earlier in the same migration",
            "08_prisma_init.sql:25 require-concurrent-index-creation", "index on a table created earlier in the same migration",
            "08_prisma_init.sql:28 require-concurrent-index-creation", "index on a table created earlier in the same migration",
            "08_prisma_init.sql:31 adding-foreign-key-constraint", "foreign key on a table created earlier in the same migration",
            "08_prisma_init.sql:31 constraint-missing-not-valid", "foreign key on a table created earlier in the same migration"));

    static {
        DELIBERATE.put("06_transactions.sql require-lock-timeout",
                "CREATE INDEX CONCURRENTLY does not block the application's queries while it waits");
        DELIBERATE.put("06_transactions.sql require-statement-timeout",
                "CREATE INDEX CONCURRENTLY does not block the application's queries while it waits");
        DELIBERATE.put("08_prisma_init.sql require-lock-timeout", "CREATE TYPE and new tables lock nothing in use");
        DELIBERATE.put("08_prisma_init.sql require-statement-timeout", "CREATE TYPE and new tables lock nothing in use");
    }

    record Flag(String file, int statement, int line) {}

    @Test
    void shaleFlagsEveryStatementSquawkFlagsUnderAnOverlappingRule() throws IOException {
        Map<String, SqlScript> scripts = new TreeMap<>();
        Map<String, List<Finding>> shale = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String name = f.getFileName().toString();
                String sql = Files.readString(f, StandardCharsets.UTF_8);
                scripts.put(name, SqlScript.parse(sql));
                LintReport report = Linter.standard().lint(LintContext.builder()
                        .migrations(List.of(MigrationSource.ofSql(name, name, sql))).build());
                shale.put(name, report.findings());
            }
        }
        int statements = scripts.values().stream().mapToInt(s -> s.statements().size()).sum();
        assertThat(statements).as("corpus statements").isGreaterThanOrEqualTo(60);

        List<String[]> squawk = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("squawk-golden.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                squawk.add(line.split("\t"));
            }
        }
        assertThat(squawk).isNotEmpty();

        StringBuilder table = new StringBuilder("| squawk rule | Shale | squawk flags | Shale flags | both |\n"
                + "| --- | --- | ---: | ---: | ---: |\n");
        Set<String> missed = new TreeSet<>();
        int squawkTotal = 0;
        int bothTotal = 0;
        for (Map.Entry<String, Set<String>> pair : PAIRS.entrySet()) {
            String rule = pair.getKey();
            boolean perFile = PER_FILE.contains(rule);
            Set<String> bySquawk = new TreeSet<>();
            for (String[] row : squawk) {
                if (row[2].equals(rule)) {
                    bySquawk.add(perFile ? row[0] : row[0] + ":" + statementStart(scripts.get(row[0]), Integer.parseInt(row[1])));
                }
            }
            Set<String> byShale = new TreeSet<>();
            shale.forEach((file, findings) -> findings.stream().filter(f -> pair.getValue().contains(f.code()))
                    .forEach(f -> byShale.add(perFile ? file : file + ":" + statementStart(scripts.get(file), f.line()))));
            Set<String> both = new TreeSet<>(bySquawk);
            both.retainAll(byShale);
            for (String key : bySquawk) {
                if (!byShale.contains(key)) {
                    missed.add(key + " " + rule);
                }
            }
            squawkTotal += bySquawk.size();
            bothTotal += both.size();
            table.append("| ").append(rule).append(" | ").append(String.join(", ", new TreeSet<>(pair.getValue())))
                    .append(" | ").append(bySquawk.size()).append(" | ").append(byShale.size()).append(" | ")
                    .append(both.size()).append(" |\n");
        }
        table.append("| **all overlapping** | | ").append(squawkTotal).append(" | | ").append(bothTotal).append(" |\n");
        table.append("\nCorpus: ").append(scripts.size()).append(" files, ").append(statements)
                .append(" statements; squawk 2.66.0. Deliberate differences (squawk flags, Shale does not): ")
                .append(DELIBERATE.size()).append(".\n");

        assertThat(missed).as("statements squawk flags that Shale misses, beyond the documented differences")
                .isEqualTo(DELIBERATE.keySet());
        checkDocs(table.toString());
    }

    /** The first line of the statement that contains {@code line}, the unit both tools are compared on. */
    static int statementStart(SqlScript script, int line) {
        SqlStatement found = null;
        for (SqlStatement s : script.statements()) {
            if (s.line() <= line) {
                found = s;
            }
        }
        return found == null ? line : found.line();
    }

    private static void checkDocs(String table) throws IOException {
        String docs = Files.readString(BENCHMARKS);
        int begin = docs.indexOf(BEGIN);
        int end = docs.indexOf(END);
        if (Boolean.getBoolean("shale.golden.update") && begin >= 0 && end > begin) {
            docs = docs.substring(0, begin + BEGIN.length()) + "\n" + table + docs.substring(end);
            Files.writeString(BENCHMARKS, docs);
            begin = docs.indexOf(BEGIN);
            end = docs.indexOf(END);
        }
        assertThat(begin).as("docs/benchmarks.md has the agreement markers").isNotNegative();
        assertThat(docs.substring(begin + BEGIN.length(), end).strip()).isEqualTo(table.strip());
    }
}
