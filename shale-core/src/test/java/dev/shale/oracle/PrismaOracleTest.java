package dev.shale.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Connections;
import dev.shale.db.DatabaseKind;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.diff.DiffOptions;
import dev.shale.diff.Differ;
import dev.shale.diff.MigrationStep;
import dev.shale.introspect.Introspector;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.calc.CalculatedSchema;
import dev.shale.sql.calc.Schemas;
import dev.shale.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Against the real Prisma 7.10 (../shared/peers, optional: skipped without Node and the peers):
 * the example platform schema and evolutions of it. For each step, Prisma's script and Shale's
 * are the same text, and the databases they build introspect identically.
 */
class PrismaOracleTest {
    private static final Path PEERS = Path.of(System.getProperty("user.home"), ".cache/peers/bin/prisma-wasm.mjs");

    @Test
    void platformEvolutionsMatchPrisma() throws Exception {
        Assumptions.assumeTrue(Files.exists(PEERS) && nodeAvailable(), "Prisma peers not installed: oracle test skipped");
        List<String> states = evolutions(Files.readString(platformSchema()));
        Dialect pg = Dialect.forKind(DatabaseKind.POSTGRESQL);
        try (var prismaDb = TestDatabases.postgres(); var shaleDb = TestDatabases.postgres()) {
            for (int i = 0; i < states.size(); i++) {
                String from = i == 0 ? null : states.get(i - 1);
                String prismaSql = prismaDiff(from, states.get(i));
                CalculatedSchema to = Schemas.calculate(states.get(i), DatabaseKind.POSTGRESQL);
                SqlSchema fromSchema = from == null ? SqlSchema.empty() : Schemas.sql(from, DatabaseKind.POSTGRESQL);
                List<MigrationStep> steps = Differ.diff(fromSchema, to.schema(), pg.capabilities(),
                        new DiffOptions(to.virtualDefaultColumns()));
                String shaleSql = pg.renderScript(steps);
                assertThat(shaleSql.endsWith("\n") ? shaleSql : shaleSql + "\n").as("script of step %d", i).isEqualTo(prismaSql);
                execute(prismaDb.url(), prismaSql);
                execute(shaleDb.url(), shaleSql);
                assertThat(introspect(shaleDb.url())).as("database after step %d", i).isEqualTo(introspect(prismaDb.url()));
            }
        }
    }

    /** The platform schema, then each evolution applied on top of the previous state. */
    private static List<String> evolutions(String base) {
        String[][] edits = {
            // a column with a native type and a default
            {"  deletedAt   DateTime?\n\n  @@index([createdAt])\n}",
                "  deletedAt   DateTime?\n  locale      String    @default(\"en\") @db.VarChar(8)\n\n  @@index([createdAt])\n}"},
            // an enum value
            {"  MODERATOR\n}", "  MODERATOR\n  SUPPORT\n}"},
            // a new model with a relation and a sorted composite index
            {"  permissions CompanionPermission[]\n  createdAt   DateTime              @default(now())\n  updatedAt   DateTime"
                + "              @updatedAt\n  deletedAt   DateTime?\n\n  @@index([userId])",
                "  permissions CompanionPermission[]\n  conversations Conversation[]\n  createdAt   DateTime              "
                + "@default(now())\n  updatedAt   DateTime              @updatedAt\n  deletedAt   DateTime?\n\n  @@index([userId])"},
            {"+/// What a user other than the owner", "model Conversation {\n  id          Int       @id @default(autoincrement())\n"
                + "  companionId String\n  companion   Companion @relation(fields: [companionId], references: [id])\n"
                + "  startedAt   DateTime  @default(now())\n  tokens      BigInt    @default(0)\n\n"
                + "  @@index([companionId, startedAt(sort: Desc)])\n}\n\n/// What a user other than the owner"},
            // a removed enum value (the enum is recreated), a dropped column and a dropped index
            {"  ADMIN\n  MODERATOR\n  SUPPORT\n}", "  ADMIN\n  SUPPORT\n}"},
            {"  canEdit     Boolean   @default(false)\n", ""},
            {"  @@index([global])\n", ""},
        };
        List<String> states = new ArrayList<>(List.of(base));
        String current = base;
        for (String[] edit : edits) {
            // An anchor starting with + belongs to the same evolution as the edit before it.
            boolean sameStep = edit[0].startsWith("+");
            String anchor = sameStep ? edit[0].substring(1) : edit[0];
            assertThat(current).as("evolution anchor").contains(anchor);
            current = current.replace(anchor, edit[1]);
            if (sameStep) {
                states.set(states.size() - 1, current);
            } else {
                states.add(current);
            }
        }
        return states;
    }

    private static Path platformSchema() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("examples/companion-platform/prisma/schema.prisma");
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("examples/companion-platform/prisma/schema.prisma not found");
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String prismaDiff(String from, String to) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("shale-oracle");
        Path toFile = dir.resolve("to.prisma");
        Files.writeString(toFile, to);
        List<String> cmd = new ArrayList<>(List.of("node", PEERS.toString(), "diff"));
        if (from == null) {
            cmd.add("--from-empty");
        } else {
            Path fromFile = dir.resolve("from.prisma");
            Files.writeString(fromFile, from);
            cmd.addAll(List.of("--from-schema", fromFile.toString()));
        }
        cmd.addAll(List.of("--to-schema", toFile.toString(), "--script"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("prisma diff: %s", out).isZero();
        return out;
    }

    private static void execute(DatabaseUrl url, String script) throws SQLException {
        try (Connection c = Connections.open(url); Statement st = c.createStatement()) {
            st.execute(script);
        }
    }

    private static SqlSchema introspect(DatabaseUrl url) throws SQLException {
        try (Connection c = Connections.open(url)) {
            return Introspector.forKind(DatabaseKind.POSTGRESQL).introspect(c).schema();
        }
    }
}
