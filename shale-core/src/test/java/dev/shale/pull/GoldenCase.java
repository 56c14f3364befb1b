package dev.shale.pull;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.introspect.Introspector;
import dev.shale.psl.SourceFile;
import dev.shale.sql.SqlSchema;
import dev.shale.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A db pull golden case: {@code setup.sql} builds the database, {@code schema.prisma} is the schema
 * Prisma was given, {@code expected.prisma} and {@code expected.warnings.txt} are what Prisma 7.10
 * printed (see {@code regenerate.sh} beside the cases).
 */
record GoldenCase(String name, DatabaseKind kind, Path dir) {
    static final Path ROOT = Path.of("src/test/resources/pull");

    static List<GoldenCase> all(DatabaseKind kind) {
        Path base = ROOT.resolve(kind.prismaProvider());
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(base)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.prisma"))).sorted()
                    .map(d -> new GoldenCase(kind.prismaProvider() + "/" + d.getFileName(), kind, d)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of setup.sql (split at semicolons ending a line). */
    List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : read("setup.sql").split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /** Keeps Shale's output under target/pull-golden for a diff against the expected files. */
    void writeActual(Outcome out) {
        try {
            Path d = Path.of("target/pull-golden").resolve(name);
            Files.createDirectories(d);
            Files.writeString(d.resolve("actual.prisma"), out.schema(), StandardCharsets.UTF_8);
            Files.writeString(d.resolve("actual.warnings.txt"), out.warnings(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of pulling this case's database with Shale. */
    record Outcome(String schema, String warnings) {}

    Outcome run() {
        try (TestDatabases.TestDatabase db = TestDatabases.of(kind); Connection c = Connections.open(db.url())) {
            try (Statement st = c.createStatement()) {
                for (String sql : statements()) {
                    st.execute(sql);
                }
            }
            SqlSchema schema = Introspector.forKind(kind).introspect(c).schema();
            DatabaseDetails details = DatabaseDetailsReader.read(c, kind);
            ExistingSchema existing = ExistingSchema.of(List.of(new SourceFile("schema.prisma", read("schema.prisma"))), false);
            PullResult result = DbPull.pull(schema, kind, details, existing);
            return new Outcome(result.text(), result.warnings().isEmpty() ? "" : result.warnings().renderAsComment());
        } catch (SQLException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }
}
