package dev.shale.lint;

import java.util.Locale;

/** How serious a finding is. Any {@link #ERROR} makes {@code shale lint} exit with 1. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word used in text output and configuration: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info} (any case); null when the word is none of them. */
    public static Severity fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label)) {
                return s;
            }
        }
        return null;
    }
}
