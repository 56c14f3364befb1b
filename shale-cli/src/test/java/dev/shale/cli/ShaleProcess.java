package dev.shale.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code shale} as a real JVM process (the test class path), in a working directory, for end-to-end tests. */
final class ShaleProcess {
    private ShaleProcess() {}

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static ProcessBuilder builder(Path workingDirectory, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ShaleCli.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env);
        return pb;
    }

    /** Starts {@code shale args} with stdout and stderr going to files in {@code logs}. */
    static Process start(Path workingDirectory, Map<String, String> env, Path logs, String name, String... args) throws IOException {
        Files.createDirectories(logs);
        return builder(workingDirectory, env, args)
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile())
                .start();
    }

    static Result read(Process p, Path logs, String name) throws IOException, InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("shale did not finish within 120s: " + name);
        }
        return new Result(p.exitValue(), Files.readString(logs.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    /** Runs {@code shale args} to its end. */
    static Result run(Path workingDirectory, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path logs = Files.createTempDirectory("shale-run");
        try {
            return read(start(workingDirectory, env, logs, "run", args), logs, "run");
        } finally {
            for (File f : logs.toFile().listFiles()) {
                f.delete();
            }
            logs.toFile().delete();
        }
    }
}
