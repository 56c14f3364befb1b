package dev.shale.pull;

import dev.shale.sql.TypeFamily;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's text form of an array default ({@code '{a,"b c"}'}) read into typed values, or {@code null}. */
final class CStyleArrayLiteral {
    private CStyleArrayLiteral() {}

    static List<PrismaDefault> parse(String literal, TypeFamily family) {
        String t = literal.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            return null;
        }
        List<String> items = split(t.substring(1, t.length() - 1));
        if (items == null) {
            return null;
        }
        List<PrismaDefault> out = new ArrayList<>();
        for (String item : items) {
            PrismaDefault v = item(item, family);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }

    private static PrismaDefault item(String item, TypeFamily family) {
        try {
            return switch (family) {
                case INT, BIGINT -> new PrismaDefault.Constant(Long.toString(Long.parseLong(item.strip())));
                case FLOAT, DECIMAL -> new PrismaDefault.Constant(Decimals.display(new BigDecimal(item.strip())));
                case BOOLEAN -> switch (item.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "t", "true" -> new PrismaDefault.Constant("true");
                    case "f", "false" -> new PrismaDefault.Constant("false");
                    default -> null;
                };
                case STRING, JSON -> new PrismaDefault.Text(item);
                case ENUM -> new PrismaDefault.EnumValue(item);
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The items between the braces; quoted items may hold commas and backslash escapes. */
    private static List<String> split(String body) {
        List<String> items = new ArrayList<>();
        if (body.isBlank()) {
            return items;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < body.length()) {
                    cur.append(body.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        items.add(cur.toString());
        return items;
    }
}
