package dev.shale.psl.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks an RFC 3339 date-time ({@code 2024-01-31T12:00:00.000Z}) the way Prisma's Rust parser
 * ({@code chrono}) does, and names the problem with its words.
 */
final class Rfc3339 {
    static final String TOO_SHORT = "premature end of input";
    static final String INVALID = "input contains invalid characters";
    static final String OUT_OF_RANGE = "input is out of range";
    static final String TOO_LONG = "trailing input";

    private final String s;
    private int pos;

    private Rfc3339(String s) {
        this.s = s;
    }

    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    static Optional<String> problem(String text) {
        try {
            new Rfc3339(text).parse();
            return Optional.empty();
        } catch (Problem p) {
            return Optional.of(p.getMessage());
        }
    }

    private void parse() throws Problem {
        long year = number(4, 4);
        character('-');
        long month = number(2, 2);
        range(month, 1, 12);
        character('-');
        long day = number(2, 2);
        range(day, 1, 31);
        if (pos >= s.length()) {
            throw new Problem(TOO_SHORT);
        }
        char t = s.charAt(pos);
        if (t != 'T' && t != 't' && t != ' ') {
            throw new Problem(INVALID);
        }
        pos++;
        range(number(2, 2), 0, 23);
        character(':');
        range(number(2, 2), 0, 59);
        character(':');
        range(number(2, 2), 0, 60);
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            int start = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new Problem(pos >= s.length() ? TOO_SHORT : INVALID);
            }
        }
        offset();
        if (pos < s.length()) {
            throw new Problem(TOO_LONG);
        }
        try {
            LocalDate.of((int) year, (int) month, (int) day);
        } catch (DateTimeException e) {
            throw new Problem(OUT_OF_RANGE);
        }
    }

    private void offset() throws Problem {
        if (pos >= s.length()) {
            throw new Problem(TOO_SHORT);
        }
        char c = s.charAt(pos);
        if (c == 'Z' || c == 'z') {
            pos++;
            return;
        }
        if (c != '+' && c != '-') {
            throw new Problem(INVALID);
        }
        pos++;
        range(number(2, 2), 0, 23);
        character(':');
        range(number(2, 2), 0, 59);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private long number(int min, int max) throws Problem {
        if (s.length() - pos < min) {
            throw new Problem(TOO_SHORT);
        }
        long n = 0;
        int i = 0;
        while (i < max && pos + i < s.length()) {
            char c = s.charAt(pos + i);
            if (!isDigit(c)) {
                if (i < min) {
                    throw new Problem(INVALID);
                }
                break;
            }
            n = n * 10 + (c - '0');
            i++;
        }
        pos += i;
        return n;
    }

    private void character(char expected) throws Problem {
        if (pos >= s.length()) {
            throw new Problem(TOO_SHORT);
        }
        if (s.charAt(pos) != expected) {
            throw new Problem(INVALID);
        }
        pos++;
    }

    private static void range(long value, long min, long max) throws Problem {
        if (value < min || value > max) {
            throw new Problem(OUT_OF_RANGE);
        }
    }
}
