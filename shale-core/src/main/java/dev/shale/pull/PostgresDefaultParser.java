package dev.shale.pull;

import dev.shale.sql.TypeFamily;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a PostgreSQL column default ({@code pg_get_expr} of {@code pg_attrdef}) the way Prisma's
 * introspection does: a literal of the column's family ({@code 'x'::text}, {@code 42},
 * {@code ARRAY[1, 2]}), {@code now()}, a sequence ({@code nextval(...)}: autoincrement), and
 * anything else verbatim in {@code dbgenerated("...")}. Date-time literals stay
 * {@code dbgenerated}, as in Prisma.
 */
final class PostgresDefaultParser {
    private final String input;
    private final List<PostgresTokens.Token> tokens;
    private int offset;

    private PostgresDefaultParser(String input) {
        this.input = input;
        this.tokens = PostgresTokens.tokenize(input);
    }

    /** The default, or {@code null} for {@code NULL}. */
    static PrismaDefault parse(String expression, TypeFamily family, boolean list) {
        if (expression.strip().startsWith("NULL")) {
            return null;
        }
        PostgresDefaultParser p = new PostgresDefaultParser(expression);
        if (list) {
            List<PrismaDefault> values = p.listValues(family);
            return values == null ? new PrismaDefault.DbGenerated(expression) : new PrismaDefault.ListOf(values);
        }
        PrismaDefault value = p.value(family);
        if (value == null || !p.finished()) {
            return new PrismaDefault.DbGenerated(expression);
        }
        return value;
    }

    private boolean finished() {
        return offset >= tokens.size() - 1;
    }

    private int nextNonWhitespace() {
        int i = offset;
        while (i < tokens.size() && tokens.get(i).kind() == PostgresTokens.Kind.WHITESPACE) {
            i++;
        }
        return i < tokens.size() ? i : -1;
    }

    private PostgresTokens.Kind peek() {
        int i = nextNonWhitespace();
        return i < 0 ? null : tokens.get(i).kind();
    }

    private PostgresTokens.Kind next() {
        int i = nextNonWhitespace();
        if (i < 0) {
            return null;
        }
        offset = i + 1;
        return tokens.get(i).kind();
    }

    /** Consumes the next token when it is {@code kind} and returns its text, else {@code null}. */
    private String expect(PostgresTokens.Kind kind) {
        int i = nextNonWhitespace();
        if (i < 0 || tokens.get(i).kind() != kind) {
            return null;
        }
        offset = i + 1;
        int end = i + 1 < tokens.size() ? tokens.get(i + 1).start() : input.length();
        return input.substring(tokens.get(i).start(), end);
    }

    private PrismaDefault value(TypeFamily family) {
        return switch (family) {
            case STRING, JSON -> {
                String s = stringValue();
                yield s == null ? null : new PrismaDefault.Text(s);
            }
            case INT, BIGINT -> intValue();
            case ENUM -> enumValue();
            case FLOAT, DECIMAL -> floatValue();
            case BOOLEAN -> boolValue();
            case DATETIME -> dateTimeValue();
            case BINARY -> binaryValue();
            default -> null;
        };
    }

    private PrismaDefault dateTimeValue() {
        if (peek() != PostgresTokens.Kind.IDENTIFIER) {
            return null;
        }
        String name = expect(PostgresTokens.Kind.IDENTIFIER);
        if (peek() == PostgresTokens.Kind.OPEN_PAREN) {
            expect(PostgresTokens.Kind.OPEN_PAREN);
            if (expect(PostgresTokens.Kind.CLOSE_PAREN) == null) {
                return null;
            }
        }
        if (!eatCast()) {
            return null;
        }
        return name.equalsIgnoreCase("now") || name.equalsIgnoreCase("current_timestamp") ? new PrismaDefault.Now() : null;
    }

    private PrismaDefault enumValue() {
        PostgresTokens.Kind k = peek();
        if (k == PostgresTokens.Kind.IDENTIFIER) {
            String s = expect(PostgresTokens.Kind.IDENTIFIER);
            return eatCast() ? new PrismaDefault.EnumValue(s) : null;
        }
        if (k == PostgresTokens.Kind.STRING || k == PostgresTokens.Kind.C_STRING) {
            String s = stringValue();
            return s == null || !eatCast() ? null : new PrismaDefault.EnumValue(s);
        }
        return null;
    }

    /** A string literal (plain or {@code E'...'}) and an optional cast. */
    private String stringValue() {
        PostgresTokens.Kind k = peek();
        String out;
        if (k == PostgresTokens.Kind.STRING) {
            String s = expect(k);
            out = s.substring(1, s.length() - 1).replace("''", "'");
        } else if (k == PostgresTokens.Kind.C_STRING) {
            String s = expect(k);
            out = PostgresTokens.unescapeCStyle(s.substring(2, s.length() - 1));
        } else {
            return null;
        }
        return eatCast() ? out : null;
    }

    private PrismaDefault intValue() {
        PostgresTokens.Kind k = peek();
        if (k == PostgresTokens.Kind.DIGITS) {
            Long v = parseLong(expect(k));
            return v == null ? null : new PrismaDefault.Constant(Long.toString(v));
        }
        if (k == PostgresTokens.Kind.MINUS) {
            expect(k);
            String digits = expect(PostgresTokens.Kind.DIGITS);
            Long v = digits == null ? null : parseLong(digits);
            return v == null ? null : new PrismaDefault.Constant(Long.toString(-v));
        }
        if (k == PostgresTokens.Kind.STRING) {
            String s = stringValue();
            Long v = s == null ? null : parseLong(s);
            return v == null ? null : new PrismaDefault.Constant(Long.toString(v));
        }
        if (k == PostgresTokens.Kind.IDENTIFIER) {
            String name = expect(k);
            if (name.equalsIgnoreCase("nextval")) {
                return sequence();
            }
        }
        return null;
    }

    private PrismaDefault sequence() {
        if (expect(PostgresTokens.Kind.OPEN_PAREN) == null) {
            return null;
        }
        if (peek() == PostgresTokens.Kind.OPEN_PAREN) {
            expect(PostgresTokens.Kind.OPEN_PAREN);
        }
        PostgresTokens.Kind k = peek();
        if (k != PostgresTokens.Kind.STRING && k != PostgresTokens.Kind.C_STRING) {
            return null;
        }
        if (stringValue() == null) {
            return null;
        }
        while (true) {
            PostgresTokens.Kind t = next();
            if (t == null) {
                return null;
            }
            if (t == PostgresTokens.Kind.CLOSE_PAREN) {
                break;
            }
        }
        if (!eatCast()) {
            return null;
        }
        if (peek() == PostgresTokens.Kind.CLOSE_PAREN) {
            expect(PostgresTokens.Kind.CLOSE_PAREN);
        }
        return eatCast() ? new PrismaDefault.Autoincrement() : null;
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.strip().startsWith("+") ? s.strip().substring(1) : s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private PrismaDefault floatValue() {
        String text = floatText();
        if (text == null || !eatCast()) {
            return null;
        }
        return new PrismaDefault.Constant(text);
    }

    private String floatText() {
        boolean paren = false;
        PostgresTokens.Kind k = peek();
        if (k == PostgresTokens.Kind.OPEN_PAREN) {
            expect(k);
            paren = true;
        } else if (k == PostgresTokens.Kind.STRING || k == PostgresTokens.Kind.C_STRING) {
            String inner = stringValueWithoutCast();
            return inner == null ? null : new PostgresDefaultParser(inner).floatText();
        }
        if (peek() == null) {
            return null;
        }
        String sign = "";
        if (peek() == PostgresTokens.Kind.MINUS) {
            expect(PostgresTokens.Kind.MINUS);
            sign = "-";
        }
        String integer = expect(PostgresTokens.Kind.DIGITS);
        if (integer == null) {
            return null;
        }
        String fraction = "";
        if (peek() == PostgresTokens.Kind.DOT) {
            expect(PostgresTokens.Kind.DOT);
            String digits = expect(PostgresTokens.Kind.DIGITS);
            if (digits == null) {
                return null;
            }
            fraction = "." + digits;
        }
        if (paren && expect(PostgresTokens.Kind.CLOSE_PAREN) == null) {
            return null;
        }
        return Decimals.display(new BigDecimal(sign + integer + fraction));
    }

    /** A string literal's content, leaving a following cast for the caller. */
    private String stringValueWithoutCast() {
        PostgresTokens.Kind k = peek();
        if (k == PostgresTokens.Kind.STRING) {
            String s = expect(k);
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        String s = expect(PostgresTokens.Kind.C_STRING);
        return s == null ? null : PostgresTokens.unescapeCStyle(s.substring(2, s.length() - 1));
    }

    private PrismaDefault boolValue() {
        String s = expect(PostgresTokens.Kind.IDENTIFIER);
        if (s == null) {
            return null;
        }
        if (s.equalsIgnoreCase("t") || s.equalsIgnoreCase("true")) {
            return new PrismaDefault.Constant("true");
        }
        if (s.equalsIgnoreCase("f") || s.equalsIgnoreCase("false")) {
            return new PrismaDefault.Constant("false");
        }
        return null;
    }

    private PrismaDefault binaryValue() {
        String s = stringValue();
        if (s == null || !s.startsWith("\\x") || !s.chars().allMatch(c -> c < 128)) {
            return null;
        }
        String hex = s.substring(2);
        if (hex.length() % 2 != 0) {
            return null;
        }
        try {
            return new PrismaDefault.Bytes(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code ARRAY[...]} with an optional cast, or a C-style array literal {@code '{a,b}'}. */
    private List<PrismaDefault> listValues(TypeFamily family) {
        PostgresTokens.Kind k = peek();
        if (k == PostgresTokens.Kind.STRING || k == PostgresTokens.Kind.C_STRING) {
            String literal = stringValue();
            return literal == null ? null : CStyleArrayLiteral.parse(literal, family);
        }
        if (k == PostgresTokens.Kind.IDENTIFIER || k == PostgresTokens.Kind.OPEN_PAREN) {
            List<PrismaDefault> values = arrayConstructor(family);
            if (values != null) {
                eatCast();
            }
            return values;
        }
        return null;
    }

    private List<PrismaDefault> arrayConstructor(TypeFamily family) {
        if (peek() == PostgresTokens.Kind.OPEN_PAREN) {
            expect(PostgresTokens.Kind.OPEN_PAREN);
        }
        String kw = expect(PostgresTokens.Kind.IDENTIFIER);
        if (kw == null || !kw.equalsIgnoreCase("array") || expect(PostgresTokens.Kind.OPEN_BRACKET) == null) {
            return null;
        }
        List<PrismaDefault> values = new ArrayList<>();
        while (true) {
            PostgresTokens.Kind k = peek();
            if (k == null) {
                return null;
            }
            if (k == PostgresTokens.Kind.CLOSE_BRACKET) {
                expect(k);
                break;
            }
            PrismaDefault v = value(family);
            if (v == null || v instanceof PrismaDefault.Autoincrement || v instanceof PrismaDefault.Now) {
                return null;
            }
            values.add(v);
            PostgresTokens.Kind sep = next();
            if (sep == PostgresTokens.Kind.CLOSE_BRACKET) {
                break;
            }
            if (sep != PostgresTokens.Kind.COMMA) {
                return null;
            }
        }
        return values;
    }

    /** An optional {@code ::type name (precision)[]}; false when it cannot be read. */
    private boolean eatCast() {
        if (peek() != PostgresTokens.Kind.CAST) {
            return true;
        }
        expect(PostgresTokens.Kind.CAST);
        while (true) {
            PostgresTokens.Kind k = peek();
            if (k == PostgresTokens.Kind.QUOTED_IDENTIFIER || k == PostgresTokens.Kind.IDENTIFIER
                    || k == PostgresTokens.Kind.DOT) {
                expect(k);
            } else {
                break;
            }
        }
        if (peek() == PostgresTokens.Kind.OPEN_PAREN) {
            while (true) {
                PostgresTokens.Kind t = next();
                if (t == null) {
                    return false;
                }
                if (t == PostgresTokens.Kind.CLOSE_PAREN) {
                    break;
                }
            }
        }
        if (peek() == PostgresTokens.Kind.OPEN_BRACKET) {
            expect(PostgresTokens.Kind.OPEN_BRACKET);
            return expect(PostgresTokens.Kind.CLOSE_BRACKET) != null;
        }
        return true;
    }
}
