package dev.shale.lint;

import dev.shale.lint.sql.SqlComment;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code shale:ignore CODE[,CODE] reason} comment ({@code -- } in SQL, {@code ///} in the schema)
 * and the lines it covers: the statement or declaration it is written on or just above.
 * {@code shale:ignore-file} covers the whole file.
 */
public record Suppression(String file, Set<String> codes, String reason, int fromLine, int toLine, int line,
        int column) {
    private static final Pattern SYNTAX = Pattern.compile(
            "^shale:ignore(-file)?\\s+([A-Za-z]{2}\\d{3}(?:\\s*,\\s*[A-Za-z]{2}\\d{3})*)\\s*[:\\-—]*\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public Suppression {
        codes = Set.copyOf(codes);
        reason = reason == null ? "" : reason.strip();
    }

    public boolean covers(Finding f) {
        return f.file().equals(file) && codes.contains(f.code()) && f.line() >= fromLine && f.line() <= toLine;
    }

    /** The parts of a suppression comment, before it is tied to lines. */
    public record Parsed(Set<String> codes, String reason, boolean wholeFile) {}

    /** Reads a comment body ({@code shale:ignore SH301 the table is empty}); empty when it is no suppression. */
    public static Optional<Parsed> parse(String body) {
        Matcher m = SYNTAX.matcher(body.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(m.group(2).split(",")).map(c -> c.strip().toUpperCase(Locale.ROOT)).forEach(codes::add);
        return Optional.of(new Parsed(codes, m.group(3).strip(), m.group(1) != null));
    }

    /** True when a comment starts like a suppression, even a malformed one (for SH002). */
    public static boolean looksLikeSuppression(SqlComment comment) {
        return comment.body().toLowerCase(Locale.ROOT).startsWith("shale:ignore");
    }
}
