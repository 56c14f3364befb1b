package dev.shale.migrate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One migration folder of the history: its name ({@code 20240101120000_init}), its folder and the
 * bytes of its {@code migration.sql}. Immutable; the checksum is computed once.
 */
public final class Migration {
    private final String name;
    private final Path directory;
    private final byte[] script;
    private final String checksum;

    public Migration(String name, Path directory, byte[] script) {
        this.name = name;
        this.directory = directory;
        this.script = script.clone();
        this.checksum = Checksum.of(this.script);
    }

    /** The folder name, which is the migration's name in {@code _prisma_migrations}. */
    public String name() {
        return name;
    }

    public Path directory() {
        return directory;
    }

    /** The {@code migration.sql} file. */
    public Path scriptFile() {
        return directory.resolve(MigrationsDirectory.SCRIPT_FILE);
    }

    /** The script as text (UTF-8). */
    public String script() {
        return new String(script, StandardCharsets.UTF_8);
    }

    /** A copy of the script bytes, which the checksum covers. */
    public byte[] scriptBytes() {
        return script.clone();
    }

    /** The SHA-256 of the script bytes, as Prisma stores it. */
    public String checksum() {
        return checksum;
    }

    /** True when {@code stored} is this script's checksum, allowing the line-ending variants Prisma allows. */
    public boolean matchesChecksum(String stored) {
        return checksum.equals(stored) || Checksum.matches(script, stored);
    }

    /** The {@code -- shale:} directives in the script's header. */
    public MigrationDirectives directives() {
        return MigrationDirectives.parse(script(), name + "/" + MigrationsDirectory.SCRIPT_FILE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Migration m && m.name.equals(name) && m.directory.equals(directory) && Arrays.equals(m.script, script);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + checksum.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
