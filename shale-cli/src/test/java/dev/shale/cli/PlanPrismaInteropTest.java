package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan written by Shale, deployed by the real Prisma CLI (from ../shared/peers, skipped without
 * it), phase by phase, on a database with rows. Prisma's driver adapter for PostgreSQL splits a
 * script on every ';', which a DO block cannot survive, so the backfill goes the way its README
 * gives for such runners: {@code backfill.sql} until it changes no row, then
 * {@code prisma migrate resolve --applied}. At the end Prisma sees no difference with the schema.
 */
class PlanPrismaInteropTest {
    @TempDir Path project;

    private int shale(String... args) {
        return ShaleCli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void prismaDeploysTheShalePlan() throws Exception {
        PrismaPeer prisma = PrismaPeer.require();
        prisma.setUp(project);
        Path schema = project.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id     Int    @id @default(autoincrement())\n"
                + "  email  String\n  legacy String\n}\n");
        try (TestDatabase app = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            String url = app.url().masked().replace(":***", "");
            PrismaPeer.Result init = prisma.run(project, url, "migrate", "dev", "--name", "init");
            assertThat(init.exitCode()).as(init.output()).isZero();
            try (Connection c = app.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"User\" (\"email\", \"legacy\") SELECT 'U' || g || '@X', 'l' FROM generate_series(1, 120) g");
            }
            Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n"
                    + "  email String @unique\n  slug  String\n}\n");
            assertThat(shale("migrate", "plan", "--name", "add_user_slug", "--schema", schema.toString(), "--shadow-url",
                    shadow.url().masked().replace(":***", ""), "--batch-size", "50", "--backfill", "User.slug=lower(\"email\")")).isZero();

            Path migrations = project.resolve("prisma/migrations");
            List<Path> phases;
            try (Stream<Path> list = Files.list(migrations)) {
                phases = list.filter(p -> p.getFileName().toString().contains("add_user_slug")).sorted().toList();
            }
            assertThat(phases).hasSize(5);
            Path hidden = project.resolve("later");
            Files.createDirectories(hidden);
            for (Path phase : phases) {
                Files.move(phase, hidden.resolve(phase.getFileName()));
            }
            for (Path phase : phases) {
                Files.move(hidden.resolve(phase.getFileName()), phase);
                String name = phase.getFileName().toString();
                if (name.endsWith("_backfill")) {
                    String batch = Files.readString(phase.resolve("backfill.sql"));
                    try (Connection c = app.connect(); Statement s = c.createStatement()) {
                        int runs = 0;
                        while (s.executeUpdate(batch.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b)) > 0) {
                            runs++;
                        }
                        assertThat(runs).isEqualTo(3);
                    }
                    PrismaPeer.Result resolved = prisma.run(project, url, "migrate", "resolve", "--applied", name);
                    assertThat(resolved.exitCode()).as(resolved.output()).isZero();
                } else {
                    PrismaPeer.Result deployed = prisma.run(project, url, "migrate", "deploy");
                    assertThat(deployed.exitCode()).as(name + "\n" + deployed.output()).isZero();
                }
            }
            PrismaPeer.Result diff = prisma.run(project, url, "migrate", "diff", "--from-config-datasource", "--to-schema",
                    "prisma/schema.prisma", "--script");
            assertThat(diff.output()).contains("-- This is an empty migration.");
            try (Connection c = app.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE \"slug\" = lower(\"email\")) FROM \"User\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(120);
                assertThat(rs.getInt(2)).isEqualTo(120);
            }
        }
    }
}
