package dev.shale.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Prisma 7 CLI from the peers install ({@code $PEERS}, else {@code ~/.cache/peers}), run with
 * its offline schema-engine shim. Tests that need it are skipped with a notice when Node or the peers
 * are missing; the project's own tests never need them.
 */
final class PrismaPeer {
    private static volatile boolean noticePrinted;

    private final Path peers;

    private PrismaPeer(Path peers) {
        this.peers = peers;
    }

    /** The installed peers, or the calling test is skipped. */
    static PrismaPeer require() {
        String env = System.getenv("PEERS");
        Path peers = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "peers");
        boolean installed = Files.isExecutable(peers.resolve("node_modules/.bin/prisma")) && Files.exists(peers.resolve("bin/schema-engine"));
        if (!installed || !nodeOnPath()) {
            if (!noticePrinted) {
                noticePrinted = true;
                System.err.println("NOTICE: Prisma interoperability tests are skipped: Node and the Prisma peers (" + peers
                        + ", see ../shared/peers/README.md) are needed");
            }
            Assumptions.abort("Prisma peers not installed at " + peers);
        }
        return new PrismaPeer(peers);
    }

    private static boolean nodeOnPath() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Makes {@code project} a Prisma 7 project: {@code prisma.config.ts} (URL from {@code DATABASE_URL},
     * schema and migrations beside it) and a {@code node_modules} link to the peers so the config loads.
     */
    void setUp(Path project) throws IOException {
        Files.writeString(project.resolve("prisma.config.ts"), """
                import { defineConfig } from 'prisma/config'
                export default defineConfig({
                  schema: 'prisma/schema.prisma',
                  migrations: { path: 'prisma/migrations' },
                  datasource: { url: process.env.DATABASE_URL! },
                })
                """);
        Path link = project.resolve("node_modules");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, peers.resolve("node_modules"));
        }
    }

    record Result(int exitCode, String output) {}

    /** Runs {@code prisma args} in {@code project} with {@code DATABASE_URL}. */
    Result run(Path project, String databaseUrl, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(peers.resolve("node_modules/.bin/prisma").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("DATABASE_URL", databaseUrl, "PRISMA_SCHEMA_ENGINE_BINARY",
                peers.resolve("bin/schema-engine").toString(), "PRISMA_HIDE_UPDATE_MESSAGE", "1", "CHECKPOINT_DISABLE", "1"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("prisma " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }
}
