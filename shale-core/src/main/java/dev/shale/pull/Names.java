package dev.shale.pull;

import java.util.Set;

/**
 * How database identifiers become Prisma names: what must be sanitized ({@code 1bad-name} is not an
 * identifier), what is reserved ({@code class}), and the sanitized form ({@code bad_name}).
 */
final class Names {
    /** Names Prisma Client reserves for itself: a table with one of them is renamed {@code Renamed<name>}. */
    private static final Set<String> RESERVED = Set.of("PrismaClient", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
            "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    private Names() {}

    /** True when the name does not start with an ASCII letter or contains anything but {@code [_a-zA-Z0-9]}. */
    static boolean needsSanitation(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
                return true;
            }
        }
        return false;
    }

    /** Drops every leading non-letter, then replaces every character outside {@code [_a-zA-Z0-9]} by {@code _}. */
    static String sanitize(String name) {
        if (!needsSanitation(name)) {
            return name;
        }
        int start = 0;
        while (start < name.length() && !isAsciiLetter(name.charAt(start))) {
            // A surrogate pair is one character: skip both halves.
            start += Character.charCount(name.codePointAt(start));
        }
        StringBuilder out = new StringBuilder();
        for (int i = start; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean ok = cp < 128 && (isAsciiLetter((char) cp) || (cp >= '0' && cp <= '9') || cp == '_');
            out.append(ok ? (char) cp : '_');
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** The name of a model or enum for a table or type that no existing model names. */
    static String typeName(String databaseName) {
        if (isReserved(databaseName)) {
            return "Renamed" + databaseName;
        }
        return sanitize(databaseName);
    }

    /** Whether a model or enum named from {@code databaseName} needs {@code @@map}. */
    static boolean typeNeedsMap(String databaseName) {
        return isReserved(databaseName) || needsSanitation(databaseName);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
