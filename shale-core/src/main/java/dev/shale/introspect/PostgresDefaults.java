package dev.shale.introspect;

import dev.shale.sql.Arity;
import dev.shale.sql.ColumnDefault;
import dev.shale.sql.TypeFamily;
import dev.shale.sql.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PostgreSQL default expression ({@code pg_get_expr} of {@code pg_attrdef}) back into the
 * typed default Prisma would have written: {@code 'x'::text} is the string x, {@code nextval(...)}
 * a sequence, {@code ARRAY[1, 2]} a list. Anything else is kept verbatim as a database expression.
 */
final class PostgresDefaults {
    private PostgresDefaults() {}

    static ColumnDefault parse(String expression, TypeFamily family, Arity arity) {
        if (expression == null) {
            return null;
        }
        try {
            Node node = new Parser(expression).parseAll();
            Node bare = node.uncast();
            if (bare instanceof Call call && call.name.equalsIgnoreCase("nextval") && call.args.size() == 1
                    && call.args.get(0).uncast() instanceof Str s) {
                return ColumnDefault.sequence(lastIdentifier(s.text));
            }
            if (bare instanceof Call call && call.args.isEmpty()
                    && (call.name.equalsIgnoreCase("now") && call.parens || call.name.equalsIgnoreCase("CURRENT_TIMESTAMP"))) {
                return ColumnDefault.now();
            }
            Value v = arity == Arity.LIST ? list(bare, family) : scalar(bare, family);
            if (v != null) {
                return ColumnDefault.value(v);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // not a shape we read back: kept as an expression
        }
        return ColumnDefault.dbgenerated(expression);
    }

    private static String lastIdentifier(String qualified) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < qualified.length(); i++) {
            char c = qualified.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < qualified.length() && qualified.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(cur.toString());
        return parts.get(parts.size() - 1);
    }

    private static Value list(Node node, TypeFamily family) {
        List<Value> values = new ArrayList<>();
        if (node instanceof Arr arr) {
            for (Node item : arr.items) {
                Value v = scalar(item.uncast(), family);
                if (v == null) {
                    return null;
                }
                values.add(v);
            }
            return new Value.ListValue(values);
        }
        if (node instanceof Str s && s.text.startsWith("{") && s.text.endsWith("}")) {
            for (String item : CStyleArrays.split(s.text)) {
                Value v = scalar(new Str(item), family);
                if (v == null) {
                    return null;
                }
                values.add(v);
            }
            return new Value.ListValue(values);
        }
        return null;
    }

    private static Value scalar(Node node, TypeFamily family) {
        String text;
        if (node instanceof Str s) {
            text = s.text;
        } else if (node instanceof Num n) {
            text = n.text;
        } else if (node instanceof Neg neg && neg.inner.uncast() instanceof Num n) {
            text = "-" + n.text;
        } else if (node instanceof Call c && !c.parens && family == TypeFamily.BOOLEAN) {
            text = c.name;
        } else {
            return null;
        }
        boolean literal = node instanceof Str;
        return switch (family) {
            case INT, BIGINT -> new Value.Int(Long.parseLong(text.trim()));
            case FLOAT, DECIMAL -> new Value.Float(new BigDecimal(text.trim()));
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "t" -> new Value.Bool(true);
                case "false", "f" -> new Value.Bool(false);
                default -> null;
            };
            case STRING -> literal ? new Value.Str(text) : null;
            case ENUM -> literal ? new Value.EnumValue(text) : null;
            case JSON -> literal ? new Value.Json(text) : null;
            case BINARY -> literal && text.startsWith("\\x") ? new Value.Bytes(text.substring(2).toLowerCase(Locale.ROOT)) : null;
            case DATETIME -> literal ? new Value.DateTime(dateTime(text)) : null;
            default -> null;
        };
    }

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();

    /** PostgreSQL's text of a timestamp, as an ISO date-time (no offset means UTC). */
    static String dateTime(String text) {
        String t = text.trim();
        int tz = -1;
        for (int k = 19; k < t.length() && tz < 0; k++) {
            if (t.charAt(k) == '+' || t.charAt(k) == '-') {
                tz = k;
            }
        }
        if (tz > 0) {
            String offset = t.substring(tz);
            if (offset.length() == 3) {
                offset += ":00";
            }
            LocalDateTime local = LocalDateTime.parse(t.substring(0, tz).trim(), LOCAL);
            return OffsetDateTime.of(local, ZoneOffset.of(offset)).toString();
        }
        if (t.length() == 10) {
            return OffsetDateTime.of(LocalDate.parse(t), LocalTime.MIDNIGHT, ZoneOffset.UTC).toString();
        }
        return OffsetDateTime.of(LocalDateTime.parse(t, LOCAL), ZoneOffset.UTC).toString();
    }

    // ---- a small parser for the expressions pg_get_expr prints

    private interface Node {
        default Node uncast() {
            return this;
        }
    }

    private record Str(String text) implements Node {}

    private record Num(String text) implements Node {}

    private record Neg(Node inner) implements Node {}

    private record Call(String name, boolean parens, List<Node> args) implements Node {}

    private record Arr(List<Node> items) implements Node {}

    private record Cast(Node inner, String type) implements Node {
        @Override
        public Node uncast() {
            return inner.uncast();
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Node parseAll() {
            Node n = expr();
            skip();
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing text");
            }
            return n;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean at(String t) {
            skip();
            return s.startsWith(t, i);
        }

        private void expect(String t) {
            if (!at(t)) {
                throw new IllegalArgumentException("expected " + t);
            }
            i += t.length();
        }

        Node expr() {
            Node n = unary();
            while (at("::")) {
                i += 2;
                n = new Cast(n, typeName());
            }
            return n;
        }

        private Node unary() {
            if (at("-")) {
                i++;
                return new Neg(unary());
            }
            return primary();
        }

        private Node primary() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                Node n = expr();
                expect(")");
                return n;
            }
            if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < s.length() && s.charAt(i + 1) == '\'')) {
                boolean escaped = c != '\'';
                if (escaped) {
                    i++;
                }
                return new Str(string(escaped));
            }
            if (Character.isDigit(c) || c == '.') {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == 'e'
                        || s.charAt(i) == 'E')) {
                    i++;
                }
                return new Num(s.substring(start, i));
            }
            if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                    i++;
                }
                String name = s.substring(start, i);
                if (name.equalsIgnoreCase("ARRAY") && at("[")) {
                    i++;
                    List<Node> items = new ArrayList<>();
                    if (!at("]")) {
                        items.add(expr());
                        while (at(",")) {
                            i++;
                            items.add(expr());
                        }
                    }
                    expect("]");
                    return new Arr(items);
                }
                if (at("(")) {
                    i++;
                    List<Node> args = new ArrayList<>();
                    if (!at(")")) {
                        args.add(expr());
                        while (at(",")) {
                            i++;
                            args.add(expr());
                        }
                    }
                    expect(")");
                    return new Call(name, true, args);
                }
                return new Call(name, false, List.of());
            }
            throw new IllegalArgumentException("unexpected " + c);
        }

        private String string(boolean escaped) {
            StringBuilder sb = new StringBuilder();
            i++; // opening quote
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\'') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i += 2;
                        continue;
                    }
                    i++;
                    return sb.toString();
                }
                if (escaped && c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(i + 1);
                    sb.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> n;
                    });
                    i += 2;
                    continue;
                }
                sb.append(c);
                i++;
            }
            throw new IllegalArgumentException("unterminated string");
        }

        /** A type name after {@code ::}: words, quoted names, dots, (args) and [] until a delimiter. */
        private String typeName() {
            skip();
            int start = i;
            int depth = 0;
            boolean quoted = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    } else if ((c == ',' || c == ']') && depth == 0) {
                        break;
                    } else if (c == ':' && depth == 0) {
                        break;
                    }
                }
                i++;
            }
            return s.substring(start, i).trim();
        }
    }
}
