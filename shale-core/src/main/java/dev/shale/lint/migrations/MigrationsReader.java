package dev.shale.lint.migrations;

import dev.shale.ShaleException;
import dev.shale.lint.sql.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a Prisma migrations folder: every sub-folder with a {@code migration.sql}, in name order
 * (the timestamp prefix makes that the order Prisma applies them in).
 */
public final class MigrationsReader {
    private MigrationsReader() {}

    /**
     * @param dir the migrations folder
     * @param displayBase findings show files relative to this folder (usually the working directory)
     */
    public static List<MigrationSource> read(Path dir, Path displayBase) {
        if (!Files.isDirectory(dir)) {
            throw ShaleException.usage("the migrations folder `" + dir + "` does not exist");
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve("migration.sql"))).sorted().toList();
        } catch (IOException e) {
            throw ShaleException.usage("cannot read the migrations folder `" + dir + "`: " + e.getMessage());
        }
        List<MigrationSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            Path sql = folder.resolve("migration.sql");
            try {
                byte[] bytes = Files.readAllBytes(sql);
                Path readme = folder.resolve("README.md");
                String readmeText = Files.isRegularFile(readme) ? Files.readString(readme) : "";
                sources.add(new MigrationSource(folder.getFileName().toString(), display(sql, displayBase), bytes, true,
                        Files.isRegularFile(folder.resolve("down.sql")), readmeText,
                        SqlScript.parse(new String(bytes, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw ShaleException.usage("cannot read `" + sql + "`: " + e.getMessage());
            }
        }
        return sources;
    }

    /** One SQL file given on the command line. */
    public static MigrationSource readFile(Path file, Path displayBase) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
            return new MigrationSource(name, display(file, displayBase), bytes, false, false, "",
                    SqlScript.parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw ShaleException.usage("cannot read `" + file + "`: " + e.getMessage());
        }
    }

    static String display(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return (abs.startsWith(b) ? b.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
