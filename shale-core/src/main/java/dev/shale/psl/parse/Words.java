package dev.shale.psl.parse;

/**
 * One {@code String} per distinct word of a file (names, types, attribute names, constants): a schema
 * repeats a few hundred words thousands of times ({@code id}, {@code Int}, {@code default}...), so the
 * AST shares them instead of holding a copy per occurrence. An open-addressing table looked up by the
 * text's region, so a repeated word allocates nothing.
 */
final class Words {
    private static final int LONGEST_SHARED = 64; // longer regions are rarely repeated: plain copies

    private final String text;
    private String[] table = new String[256];
    private int size;

    Words(String text) {
        this.text = text;
    }

    /** The text from {@code start} (inclusive) to {@code end} (exclusive), shared with earlier equal words. */
    String get(int start, int end) {
        int length = end - start;
        if (length > LONGEST_SHARED || length <= 0) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i); // String.hashCode's formula, so growing can use hashCode()
        }
        String[] slots = table;
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String word = slots[i];
            if (word == null) {
                word = text.substring(start, end);
                slots[i] = word;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return word;
            }
            if (word.length() == length && text.regionMatches(start, word, 0, length)) {
                return word;
            }
        }
    }

    private void grow() {
        String[] bigger = new String[table.length * 2];
        int mask = bigger.length - 1;
        for (String word : table) {
            if (word != null) {
                int i = spread(word.hashCode()) & mask;
                while (bigger[i] != null) {
                    i = (i + 1) & mask;
                }
                bigger[i] = word;
            }
        }
        table = bigger;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
