package dev.shale.introspect;

import java.util.ArrayList;
import java.util.List;

/** Splits PostgreSQL's text form of an array, {@code {a,"b c",NULL}}, into its items. */
public final class CStyleArrays {
    private CStyleArrays() {}

    public static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
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
        items.add(cur.toString());
        return items;
    }
}
