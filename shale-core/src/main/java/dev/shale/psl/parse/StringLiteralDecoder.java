package dev.shale.psl.parse;

import dev.shale.psl.SourceFile;
import dev.shale.psl.diag.Diagnostic;
import java.util.List;

/**
 * Decodes the escapes of a string literal as JSON defines them ({@code \" \\ \/ \b \f \n \r \t
 * \}{@code uXXXX}, surrogate pairs as two {@code \}{@code u} escapes) and reports the bad ones with
 * Prisma's messages and spans. A bad escape is dropped from the value, as Prisma does.
 */
final class StringLiteralDecoder {
    static final String UNKNOWN_ESCAPE =
            "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.";
    static final String INVALID_UNICODE = "Invalid unicode escape sequence.";

    private final SourceFile file;
    private final List<Diagnostic> diagnostics;

    StringLiteralDecoder(SourceFile file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Decodes {@code raw} (with its quotes), which starts at {@code offset} in the file. */
    String decode(String raw, int offset) {
        int contentStart = 1;
        int contentEnd = raw.length() - 1;
        if (raw.indexOf('\\') < 0) {
            return raw.substring(contentStart, contentEnd);
        }
        StringBuilder out = new StringBuilder(contentEnd - contentStart);
        int i = contentStart;
        while (i < contentEnd) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char next = raw.charAt(i + 1);
            switch (next) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    i += unicodeEscape(raw, i, contentEnd, offset, out);
                    continue;
                }
                default -> {
                    int width = Character.charCount(raw.codePointAt(i + 1));
                    diagnostics.add(Diagnostic.error(UNKNOWN_ESCAPE, file.span(offset + i, offset + i + 1 + width)));
                    i += 1 + width;
                    continue;
                }
            }
            i += 2;
        }
        return out.toString();
    }

    /** Decodes {@code \}{@code uXXXX} (and a second one for a surrogate pair) at {@code i}; returns how many chars it consumed. */
    private int unicodeEscape(String raw, int i, int contentEnd, int offset, StringBuilder out) {
        int first = codeUnit(raw, i, contentEnd);
        if (first < 0) {
            int consumed = Math.max(-first - 1, 2);
            diagnostics.add(Diagnostic.error(INVALID_UNICODE,
                    file.span(offset + i, offset + Math.min(contentEnd, i + consumed))));
            return Math.max(-first - 1, 2);
        }
        if (!Character.isSurrogate((char) first)) {
            out.append((char) first);
            return 6;
        }
        int second = codeUnit(raw, i + 6, contentEnd);
        if (second < 0) {
            diagnostics.add(Diagnostic.error(INVALID_UNICODE, file.span(offset + i, offset + Math.min(contentEnd, i + 6))));
            return 6;
        }
        if (Character.isHighSurrogate((char) first) && Character.isLowSurrogate((char) second)) {
            out.append((char) first).append((char) second);
        } else {
            diagnostics.add(Diagnostic.error(INVALID_UNICODE, file.span(offset + i, offset + Math.min(contentEnd, i + 12))));
        }
        return 12;
    }

    /**
     * The code unit of the escape at {@code i}, or {@code -(consumed + 1)} when it is malformed
     * ({@code consumed} counts the backslash, the {@code u} and the hex digits read).
     */
    private static int codeUnit(String raw, int i, int contentEnd) {
        if (contentEnd - i < 4 || !raw.startsWith("\\u", i)) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < 4; k++) {
            int at = i + 2 + k;
            int digit = at < contentEnd ? Character.digit(raw.charAt(at), 16) : -1;
            if (digit < 0) {
                return -(2 + k + 1);
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
