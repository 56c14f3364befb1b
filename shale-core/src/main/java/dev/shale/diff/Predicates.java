package dev.shale.diff;

import java.util.Locale;

/**
 * Partial-index predicates compared as the database means them: PostgreSQL prints back
 * {@code status = 'active'} as {@code (status = 'active'::text)}, which is the same predicate.
 */
final class Predicates {
    private Predicates() {}

    /**
     * The predicate without whitespace, parentheses and casts, unquoted words in lower case.
     * (Grouping is ignored: two predicates that differ only by it compare equal.)
     */
    static String canonical(String predicate) {
        if (predicate == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = predicate.length();
        while (i < n) {
            char c = predicate.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n && (predicate.charAt(end) != c || (end + 1 < n && predicate.charAt(end + 1) == c))) {
                    end += predicate.charAt(end) == c ? 2 : 1;
                }
                out.append(predicate, i, Math.min(end + 1, n));
                i = end + 1;
            } else if (c == ':' && i + 1 < n && predicate.charAt(i + 1) == ':') {
                i = skipType(predicate, i + 2);
            } else {
                if (!Character.isWhitespace(c) && c != '(' && c != ')') {
                    out.append(Character.toLowerCase(c));
                }
                i++;
            }
        }
        return out.toString();
    }

    /** Skips a type name after {@code ::}, including the words of {@code character varying} and the like. */
    private static int skipType(String s, int i) {
        int n = s.length();
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || "_[].\"".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        while (true) {
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            int k = j;
            while (k < n && Character.isLetter(s.charAt(k))) {
                k++;
            }
            String word = s.substring(j, k).toLowerCase(Locale.ROOT);
            if (word.equals("varying") || word.equals("precision") || word.equals("without") || word.equals("with")
                    || word.equals("time") || word.equals("zone")) {
                i = k;
            } else {
                return i;
            }
        }
    }
}
