package dev.shale.lint.output;

import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;

/**
 * {@code file:line:col: error SH301 message}, the fix indented on the next line, a summary last.
 * Findings about a whole file print as {@code file: warning SH101 ...}.
 */
public final class TextReport {
    private TextReport() {}

    public static String render(LintReport report) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            sb.append(line(f)).append('\n');
            if (!f.fix().isEmpty()) {
                sb.append("    fix: ").append(f.fix()).append('\n');
            }
        }
        sb.append(report.summary()).append('\n');
        return sb.toString();
    }

    /** The first line of one finding. */
    public static String line(Finding f) {
        StringBuilder sb = new StringBuilder();
        if (!f.file().isEmpty()) {
            sb.append(f.file());
            if (f.line() > 0) {
                sb.append(':').append(f.line()).append(':').append(f.column());
            }
            sb.append(": ");
        }
        return sb.append(f.severity().label()).append(' ').append(f.code()).append(' ').append(f.message()).toString();
    }
}
