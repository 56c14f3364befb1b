package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Shale's instructions in the comment lines at the top of a {@code migration.sql}. Prisma reads them as
 * plain SQL comments, so a migration that carries them stays valid for Prisma.
 *
 * <pre>
 * -- shale:no-transaction            run statement by statement, outside a transaction (CREATE INDEX CONCURRENTLY)
 * -- shale:lock-timeout 5s           this migration's lock_timeout
 * -- shale:statement-timeout 10min   this migration's statement_timeout
 * </pre>
 */
public record MigrationDirectives(boolean noTransaction, Optional<Duration> lockTimeout, Optional<Duration> statementTimeout) {
    public static final MigrationDirectives NONE = new MigrationDirectives(false, Optional.empty(), Optional.empty());

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*shale:(\\S+)\\s*(.*?)\\s*$");

    /**
     * Reads the directives from the header of {@code script}: the lines before the first line that is
     * neither blank nor a {@code --} comment. An unknown {@code shale:} word is an error naming the file
     * and line, so a typo cannot silently drop a safety setting.
     */
    public static MigrationDirectives parse(String script, String fileLabel) {
        boolean noTransaction = false;
        Optional<Duration> lock = Optional.empty();
        Optional<Duration> statement = Optional.empty();
        String[] lines = script.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--")) {
                break;
            }
            var m = DIRECTIVE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String word = m.group(1);
            String arg = m.group(2);
            String where = fileLabel + ":" + (i + 1);
            switch (word) {
                case "no-transaction" -> {
                    requireNoArgument(where, word, arg);
                    noTransaction = true;
                }
                case "lock-timeout" -> lock = Optional.of(duration(where, word, arg));
                case "statement-timeout" -> statement = Optional.of(duration(where, word, arg));
                default -> throw new ShaleException(ExitCode.PROBLEMS, where + ": unknown Shale directive `shale:" + word
                        + "`; the known ones are shale:no-transaction, shale:lock-timeout and shale:statement-timeout");
            }
        }
        return new MigrationDirectives(noTransaction, lock, statement);
    }

    private static void requireNoArgument(String where, String word, String arg) {
        if (!arg.isEmpty()) {
            throw new ShaleException(ExitCode.PROBLEMS, where + ": `shale:" + word + "` takes no value (found `" + arg + "`)");
        }
    }

    private static Duration duration(String where, String word, String arg) {
        try {
            return DurationText.parse(arg, "shale:" + word);
        } catch (ShaleException e) {
            throw new ShaleException(ExitCode.PROBLEMS, where + ": " + e.getMessage());
        }
    }
}
