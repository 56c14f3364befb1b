package dev.shale.diff;

import java.util.Comparator;

/** Name ordering as Prisma's maps order them: by the bytes of the UTF-8 encoding. */
public final class Names {
    /** UTF-8 byte order is code point order, so no encoding is needed. */
    public static final Comparator<String> BYTEWISE = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private Names() {}
}
