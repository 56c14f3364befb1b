package dev.shale.psl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.psl.diag.Diagnostic;
import dev.shale.psl.diag.Severity;
import dev.shale.psl.format.Formatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parity with Prisma on its own corpus: every validation case (diagnostics by severity,
 * message and line) and every reformat case (byte-identical and idempotent). Prints
 * {@code psl parity: validation N/216, diagnostics M/303, reformat K/18} and fails when a count
 * drops below the bar reached so far (raise the bars as parity improves; never lower them).
 */
class PslParityTest {
    /** The ratchet: the counts reached so far. */
    static final int VALIDATION_BAR = 213;
    static final int DIAGNOSTICS_BAR = 300;
    static final int REFORMAT_BAR = 18;

    /** The diagnostics Shale reports for a schema; the one place to change when validation grows. */
    static List<Diagnostic> diagnosticsFor(List<SourceFile> files) {
        return Psl.validate(files).diagnostics();
    }

    record Key(Severity severity, String message, int line) {}

    @Test
    void parityWithPrismaCorpus() {
        List<Corpus.ValidationCase> cases = Corpus.validationCases();
        int validationOk = 0;
        int diagnosticsOk = 0;
        int diagnosticsTotal = 0;
        List<String> misses = new ArrayList<>();
        for (Corpus.ValidationCase c : cases) {
            List<Key> expected = c.expected().stream().map(e -> new Key(e.severity(), e.message(), e.line())).toList();
            List<Key> actual = ordered(diagnosticsFor(List.of(c.source())));
            diagnosticsTotal += expected.size();
            List<Key> unmatched = new ArrayList<>(actual);
            for (Key key : expected) {
                if (unmatched.remove(key)) {
                    diagnosticsOk++;
                }
            }
            if (expected.equals(actual)) {
                validationOk++;
            } else {
                misses.add(c.name() + ": expected " + expected + " got " + actual);
            }
        }
        int reformatOk = reformatCount();
        int reformatTotal = Corpus.reformatCases().size();
        System.out.printf("psl parity: validation %d/%d, diagnostics %d/%d, reformat %d/%d%n",
                validationOk, cases.size(), diagnosticsOk, diagnosticsTotal, reformatOk, reformatTotal);
        if (Boolean.getBoolean("shale.parity.verbose")) {
            misses.forEach(System.out::println);
        }
        assertThat(cases).hasSize(216);
        assertThat(diagnosticsTotal).isEqualTo(303);
        assertThat(validationOk).as("validation cases matching Prisma").isGreaterThanOrEqualTo(VALIDATION_BAR);
        assertThat(diagnosticsOk).as("expected diagnostics matched").isGreaterThanOrEqualTo(DIAGNOSTICS_BAR);
        assertThat(reformatOk).as("reformat cases byte-identical and idempotent").isGreaterThanOrEqualTo(REFORMAT_BAR);
    }

    /** Prisma prints warnings before errors, each group in the order found. */
    private static List<Key> ordered(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .sorted(Comparator.comparing(d -> d.severity() == Severity.ERROR))
                .map(d -> new Key(d.severity(), d.message(), d.span().line()))
                .toList();
    }

    private static int reformatCount() {
        int ok = 0;
        for (Corpus.ReformatCase c : Corpus.reformatCases()) {
            List<SourceFile> once = Formatter.format(c.input());
            List<SourceFile> twice = Formatter.format(once);
            if (once.equals(c.expected()) && twice.equals(once)) {
                ok++;
            } else if (Boolean.getBoolean("shale.parity.verbose")) {
                System.out.println("reformat miss: " + c.name() + (once.equals(c.expected()) ? " (not idempotent)" : ""));
            }
        }
        return ok;
    }
}
