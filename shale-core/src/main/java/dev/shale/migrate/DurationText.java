package dev.shale.migrate;

import dev.shale.ShaleException;
import java.time.Duration;
import java.util.regex.Pattern;

/** Durations as users write them in flags and migration headers: {@code 500ms}, {@code 5s}, {@code 2min}, {@code 1h}, {@code 0}. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|min|m|h)?");

    private DurationText() {}

    /** Parses {@code text}; {@code what} names the setting in the error message. A bare number is seconds. */
    public static Duration parse(String text, String what) {
        var m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw ShaleException.usage("invalid " + what + " `" + text
                    + "`: write a number with a unit, such as 500ms, 5s, 2min or 1h (0 turns it off)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "min", "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> throw new IllegalStateException(unit);
        };
    }

    /** The shortest exact text for {@code d}: {@code 5s}, {@code 1500ms}, {@code 0}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
