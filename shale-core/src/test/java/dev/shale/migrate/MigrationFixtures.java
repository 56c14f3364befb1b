package dev.shale.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration folders for tests. */
final class MigrationFixtures {
    private MigrationFixtures() {}

    static Path write(Path migrations, String name, String sql) {
        try {
            Path dir = migrations.resolve(name);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("migration.sql"), sql, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code CREATE TABLE "name" (id INT)} quoted the way each database reads double quotes or backticks. */
    static String createTable(dev.shale.db.DatabaseKind kind, String table) {
        String q = kind == dev.shale.db.DatabaseKind.MYSQL ? "`" : "\"";
        return "CREATE TABLE " + q + table + q + " (id INTEGER NOT NULL PRIMARY KEY);\n";
    }
}
