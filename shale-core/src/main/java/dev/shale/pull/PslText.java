package dev.shale.pull;

import java.util.List;

/** Small pieces of schema text as Prisma's renderer writes them. */
final class PslText {
    private PslText() {}

    /** A string literal: quotes, backslashes and control characters escaped ({@code \t}, {@code \n}, {@code \u0001}). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code [a, b, c]}. */
    static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** A function or attribute call: {@code name(arg1, arg2)}, or {@code name} when there are no arguments and none are required. */
    static String call(String name, List<String> args, boolean parensWhenEmpty) {
        if (args.isEmpty() && !parensWhenEmpty) {
            return name;
        }
        return name + "(" + String.join(", ", args) + ")";
    }
}
