package dev.shale.pull;

import dev.shale.introspect.CStyleArrays;
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
        List<PrismaDefault> out = new ArrayList<>();
        List<String> items = CStyleArrays.split(t);
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
}
