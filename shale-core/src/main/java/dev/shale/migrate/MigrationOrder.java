package dev.shale.migrate;

import java.util.Comparator;

/**
 * The order Prisma lists migration folders in: JavaScript's {@code localeCompare}, which is ICU's root
 * collation. For the ASCII names migrations have, that is: punctuation before digits before letters,
 * letters compared without case first, then lower case before upper case. With timestamped names it is
 * the timestamp order; it only matters for two folders with the same timestamp.
 */
public final class MigrationOrder {
    /** ICU's root order of ASCII punctuation and symbols. */
    private static final String PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

    public static final Comparator<String> NAMES = MigrationOrder::compare;

    private MigrationOrder() {}

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
            if (d != 0) {
                return d;
            }
        }
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // Same letter, other case: lower case first.
                return Character.isLowerCase(x) ? -1 : 1;
            }
        }
        return 0;
    }

    private static int primary(char c) {
        int p = PUNCTUATION.indexOf(c);
        if (p >= 0) {
            return p;
        }
        if (c >= '0' && c <= '9') {
            return 100 + (c - '0');
        }
        if (c < 128 && Character.isLetter(c)) {
            return 200 + (Character.toLowerCase(c) - 'a');
        }
        return 1000 + c;
    }
}
