package dev.shale.pull;

import java.math.BigDecimal;

/** Decimal numbers in Prisma's spelling: as parsed, never in exponent form ({@code 1.50}, {@code 100000}). */
final class Decimals {
    private Decimals() {}

    static String display(BigDecimal value) {
        return value.toPlainString();
    }
}
