package dev.shale.dialect;

import java.util.List;
import java.util.function.Function;

/** Small text helpers shared by the renderers. */
public final class Sql {
    /** Prisma indents column definitions with four spaces. */
    public static final String INDENT = "    ";

    private Sql() {}

    /** {@code "name"}: Prisma does not escape quotes inside identifiers. */
    public static String dq(String name) {
        return "\"" + name + "\"";
    }

    /** {@code `name`} (MySQL). */
    public static String bq(String name) {
        return "`" + name + "`";
    }

    /** {@code 'text'} with embedded single quotes doubled. */
    public static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static <T> String join(List<T> items, String separator, Function<T, String> f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(f.apply(items.get(i)));
        }
        return sb.toString();
    }
}
