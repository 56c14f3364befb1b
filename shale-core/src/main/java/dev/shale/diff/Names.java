package dev.shale.diff;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/** Name ordering as Prisma's maps order them: by the bytes of the UTF-8 encoding. */
final class Names {
    static final Comparator<String> BYTEWISE = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(x[i] & 0xff, y[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private Names() {}
}
