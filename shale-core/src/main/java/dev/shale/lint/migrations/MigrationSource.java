package dev.shale.lint.migrations;

import dev.shale.lint.sql.SqlScript;
import java.util.Objects;

/**
 * One migration to lint: a Prisma migration folder ({@code 20261125093000_add_user_profiles/migration.sql})
 * or a loose SQL file.
 *
 * @param name the folder name ({@code 20261125093000_add_user_profiles}) or the file name without {@code .sql}
 * @param file the SQL file as findings show it (relative to where the user ran the command)
 * @param bytes the file's bytes, for the checksum Prisma stores
 * @param folder true for a migration folder: SH101/SH102 check its name, SH703 looks for {@code down.sql}
 * @param hasDownSql a {@code down.sql} beside it
 * @param readme the folder's {@code README.md}, or empty
 */
public record MigrationSource(String name, String file, byte[] bytes, boolean folder, boolean hasDownSql,
        String readme, SqlScript script) {
    public MigrationSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        bytes = bytes.clone();
        readme = readme == null ? "" : readme;
    }

    /** A loose SQL file (tests, {@code shale lint file.sql}). */
    public static MigrationSource ofSql(String name, String file, String sql) {
        byte[] bytes = sql.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new MigrationSource(name, file, bytes, false, false, "", SqlScript.parse(sql));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The part of a folder name after the timestamp: {@code add_user_profiles}. */
    public String descriptiveName() {
        int underscore = name.indexOf('_');
        if (underscore > 0 && name.substring(0, underscore).chars().allMatch(Character::isDigit)) {
            return name.substring(underscore + 1);
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationSource m && m.name.equals(name) && m.file.equals(file)
                && java.util.Arrays.equals(m.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, file, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "MigrationSource[" + file + "]";
    }
}
