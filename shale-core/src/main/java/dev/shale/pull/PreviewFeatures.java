package dev.shale.pull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preview features introspection turns on in the generator blocks: {@code partialIndexes} when an
 * index has a {@code where} clause, as Prisma 7 does (the schema would not validate without it).
 */
final class PreviewFeatures {
    private static final Pattern PREVIEW = Pattern.compile("(previewFeatures\\s*=\\s*\\[)([^\\]]*)(\\])");

    private PreviewFeatures() {}

    /** The block with {@code "partialIndexes"} added to its preview features, when it is a generator block. */
    static String withPartialIndexes(String block) {
        String trimmed = block.stripLeading();
        while (trimmed.startsWith("///")) {
            trimmed = trimmed.substring(trimmed.indexOf('\n') + 1).stripLeading();
        }
        if (!trimmed.startsWith("generator") || block.contains("\"partialIndexes\"")) {
            return block;
        }
        Matcher m = PREVIEW.matcher(block);
        if (m.find()) {
            String items = m.group(2).strip();
            String replacement = m.group(1) + (items.isEmpty() ? "" : items + ", ") + "\"partialIndexes\"" + m.group(3);
            return block.substring(0, m.start()) + replacement + block.substring(m.end());
        }
        int close = block.lastIndexOf('}');
        return block.substring(0, close) + "  previewFeatures = [\"partialIndexes\"]\n" + block.substring(close);
    }
}
