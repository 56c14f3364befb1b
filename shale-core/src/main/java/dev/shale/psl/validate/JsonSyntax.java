package dev.shale.psl.validate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks that a string is one JSON value and, when it is not, describes the problem in the words
 * Prisma prints (those of the Rust {@code serde_json} parser, with its line and byte column).
 */
final class JsonSyntax {
    private static final int RECURSION_LIMIT = 128;

    private final byte[] input;
    private int pos;
    private int depth;

    private JsonSyntax(String text) {
        this.input = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Empty when {@code text} is valid JSON, else the error as serde_json words it. */
    static Optional<String> problem(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.value();
            parser.whitespace();
            if (parser.pos < parser.input.length) {
                throw parser.peekError("trailing characters");
            }
            return Optional.empty();
        } catch (Problem p) {
            return Optional.of(p.getMessage());
        }
    }

    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** The error at the last consumed byte (serde_json's {@code error}). */
    private Problem error(String reason) {
        return at(reason, pos);
    }

    /** The error at the next byte (serde_json's {@code peek_error}). */
    private Problem peekError(String reason) {
        return at(reason, Math.min(pos + 1, input.length));
    }

    private Problem at(String reason, int end) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < end && i < input.length; i++) {
            if (input[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Problem(reason + " at line " + line + " column " + column);
    }

    private int peek() {
        return pos < input.length ? input[pos] & 0xFF : -1;
    }

    private void whitespace() {
        while (pos < input.length) {
            byte b = input[pos];
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void value() throws Problem {
        whitespace();
        int c = peek();
        switch (c) {
            case -1 -> throw error("EOF while parsing a value");
            case 'n' -> ident("null");
            case 't' -> ident("true");
            case 'f' -> ident("false");
            case '"' -> {
                pos++;
                string();
            }
            case '[' -> {
                nest();
                pos++;
                array();
                depth--;
            }
            case '{' -> {
                nest();
                pos++;
                object();
                depth--;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw peekError("expected value");
                }
            }
        }
    }

    private void nest() throws Problem {
        if (++depth > RECURSION_LIMIT) {
            throw peekError("recursion limit exceeded");
        }
    }

    private void ident(String word) throws Problem {
        pos++;
        for (int i = 1; i < word.length(); i++) {
            if (pos >= input.length) {
                throw error("EOF while parsing a value");
            }
            if (input[pos++] != word.charAt(i)) {
                throw error("expected ident");
            }
        }
    }

    private void number() throws Problem {
        int start = pos;
        integerFractionExponent();
        String text = new String(input, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
        if (Double.isInfinite(Double.parseDouble(text))) {
            throw error("number out of range");
        }
    }

    private void integerFractionExponent() throws Problem {
        if (peek() == '-') {
            pos++;
        }
        int c = peek();
        if (c == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                throw peekError("invalid number");
            }
        } else if (c >= '1' && c <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        } else if (c == -1) {
            throw error("EOF while parsing a value");
        } else {
            throw peekError("invalid number");
        }
        if (peek() == '.') {
            pos++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw peek() == -1 ? error("EOF while parsing a value") : peekError("invalid number");
            }
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw peek() == -1 ? error("EOF while parsing a value") : peekError("invalid number");
            }
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        }
    }

    private void string() throws Problem {
        while (true) {
            if (pos >= input.length) {
                throw error("EOF while parsing a string");
            }
            int b = input[pos++] & 0xFF;
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                escape();
            } else if (b < 0x20) {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
        }
    }

    private void escape() throws Problem {
        if (pos >= input.length) {
            throw error("EOF while parsing a string");
        }
        int b = input[pos++] & 0xFF;
        switch (b) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
            }
            case 'u' -> {
                int code = hex4();
                if (code >= 0xD800 && code <= 0xDBFF) {
                    for (char expected : new char[] {'\\', 'u'}) {
                        if (pos >= input.length) {
                            throw error("EOF while parsing a string");
                        }
                        if (input[pos++] != expected) {
                            throw error("unexpected end of hex escape");
                        }
                    }
                    int low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) {
                        throw error("lone leading surrogate in hex escape");
                    }
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    throw error("lone leading surrogate in hex escape");
                }
            }
            default -> throw error("invalid escape");
        }
    }

    private int hex4() throws Problem {
        if (pos + 4 > input.length) {
            pos = input.length;
            throw error("EOF while parsing a string");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= input.length) {
                throw error("EOF while parsing a string");
            }
            int digit = Character.digit(input[pos++] & 0xFF, 16);
            if (digit < 0) {
                throw error("invalid escape");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void array() throws Problem {
        whitespace();
        if (peek() == -1) {
            throw error("EOF while parsing a list");
        }
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value();
            whitespace();
            int c = peek();
            if (c == ',') {
                pos++;
                whitespace();
                if (peek() == ']') {
                    throw peekError("trailing comma");
                }
            } else if (c == ']') {
                pos++;
                return;
            } else if (c == -1) {
                throw error("EOF while parsing a list");
            } else {
                throw peekError("expected `,` or `]`");
            }
        }
    }

    private void object() throws Problem {
        whitespace();
        int c = peek();
        if (c == '}') {
            pos++;
            return;
        }
        while (true) {
            if (c == -1) {
                throw error("EOF while parsing an object");
            }
            if (c != '"') {
                throw peekError("key must be a string");
            }
            pos++;
            string();
            whitespace();
            c = peek();
            if (c == -1) {
                throw error("EOF while parsing an object");
            }
            if (c != ':') {
                throw peekError("expected `:`");
            }
            pos++;
            value();
            whitespace();
            c = peek();
            if (c == ',') {
                pos++;
                whitespace();
                c = peek();
                if (c == '}') {
                    throw peekError("trailing comma");
                }
                if (c == -1) {
                    throw error("EOF while parsing a value");
                }
            } else if (c == '}') {
                pos++;
                return;
            } else if (c == -1) {
                throw error("EOF while parsing an object");
            } else {
                throw peekError("expected `,` or `}`");
            }
        }
    }
}
